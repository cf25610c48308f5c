package uk.org.safeguard.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.org.safeguard.identity.SafeguardGroups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real REST API: authentication, authorization,
 * identity set-up, deployment of models and forms, validation answering 400, and an
 * agency action worked to its end. Runs once on H2 and once on PostgreSQL (the
 * subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false" })
abstract class AbstractApplicationIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	@Autowired
	List<ApplicationRunner> runners;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine processEngine;

	/**
	 * The REST API and the webapps find the engine by name in Camunda's static registry;
	 * another test application started and stopped in this JVM (production profile,
	 * cluster nodes) may have replaced or removed this context's engine there.
	 */
	@org.junit.jupiter.api.BeforeEach
	void registerThisContextsEngine() {
		org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(processEngine);
	}

	ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (user != null) {
			headers.setBasicAuth(user, "demo");
		}
		return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	static JsonNode json(ResponseEntity<String> response) throws Exception {
		return JSON.readTree(response.getBody());
	}

	static Map<String, Object> actionVariables(String agency, String description) {
		return Map.of("variables",
				Map.of("agency", Map.of("value", agency), "actionDescription", Map.of("value", description),
						"actionDueDate", Map.of("value", "2030-01-31T17:00:00.000+0000", "type", "Date"),
						"escalationGroup", Map.of("value", "marac-coordinator"), "caseReference",
						Map.of("value", "MARAC-IT-" + Instant.now().toEpochMilli())));
	}

	@Test
	void shouldAnswer401WithoutCredentials() {
		assertThat(call(null, HttpMethod.GET, "/engine-rest/process-definition", null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call(null, HttpMethod.GET, "/api/me", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> wrongPassword = rest.exchange("/engine-rest/task", HttpMethod.GET,
				new HttpEntity<>(basic("nobody.demo", "wrong")), String.class);
		assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldIdentifyTheCallerOfTheSafeguardApi() throws Exception {
		ResponseEntity<String> me = call("ds.demo", HttpMethod.GET, "/api/me", null);

		assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(me).get("userId").asText()).isEqualTo("ds.demo");
		assertThat(json(me).get("groups").toString()).contains("police-ds");
	}

	@Test
	void shouldCreateEveryGroupAndDemoUserOnceEvenWhenSetUpRunsAgain() throws Exception {
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}

		for (String group : SafeguardGroups.ALL) {
			assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
		}
		assertThat(identityService.createGroupQuery().count()).isEqualTo(SafeguardGroups.ALL.size());
		assertThat(identityService.createUserQuery().memberOfGroup("police-ds").list()).extracting("id")
			.containsExactly("ds.demo");
		assertThat(identityService.checkPassword("mash.demo", "demo")).isTrue();
		assertThat(identityService.checkPassword("marac-coordinator.demo", "demo")).isTrue();
		assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id")
			.containsExactly("demo");
		assertThat(filterService.createFilterQuery().count()).isEqualTo(5);
	}

	@Test
	void shouldShowTheSharedFiltersToEveryUser() throws Exception {
		ResponseEntity<String> filters = call("health.demo", HttpMethod.GET, "/engine-rest/filter?resourceType=Task",
				null);

		assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> names = new java.util.ArrayList<>();
		json(filters).forEach(filter -> names.add(filter.get("name").asText()));
		assertThat(names).containsExactlyInAnyOrder("My tasks", "My groups — unassigned", "Overdue", "Due today",
				"Escalations");
	}

	@Test
	void shouldDeployTheFormsWithTheModels() {
		var definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("AgencyActionProcess")
			.latestVersion()
			.singleResult();

		assertThat(repositoryService.getDeploymentResources(definition.getDeploymentId())).extracting(Resource::getName)
			.anyMatch(name -> name.endsWith("bpmn/AgencyActionProcess.bpmn"))
			.anyMatch(name -> name.endsWith("forms/AgencyActionCompleteForm.form"))
			.anyMatch(name -> name.endsWith("forms/ChaseOverdueActionForm.form"));
	}

	@Test
	void shouldWorkAnAgencyActionThroughTheRestApi() throws Exception {
		ResponseEntity<String> started = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start",
				actionVariables("health", "Share GP records with the IDVA"));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		String instanceId = json(started).get("id").asText();

		// The agency sees the task and its form; other agencies do not see it at all.
		JsonNode tasks = json(
				call("health.demo", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + instanceId, null));
		assertThat(tasks).hasSize(1);
		String taskId = tasks.get(0).get("id").asText();
		assertThat(
				json(call("education.demo", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + instanceId, null)))
			.isEmpty();
		ResponseEntity<String> form = call("health.demo", HttpMethod.GET,
				"/engine-rest/task/" + taskId + "/deployed-form", null);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(form).get("id").asText()).isEqualTo("AgencyActionCompleteForm");

		assertThat(call("health.demo", HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
				Map.of("userId", "health.demo"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> completed = call("health.demo", HttpMethod.POST,
				"/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of("actionOutcome",
						Map.of("value", "DONE"), "actionNotes", Map.of("value", "Records shared"))));
		assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_ActionDone");
	}

	@Test
	void shouldAnswer400NamingEveryBadVariableAndStartNothing() throws Exception {
		long before = historyService.createHistoricProcessInstanceQuery().count();

		ResponseEntity<String> response = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start",
				Map.of("variables", Map.of("agency", Map.of("value", "the council"))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(response).get("message").asText()).contains("agency", "actionDescription", "actionDueDate",
				"escalationGroup", "caseReference");
		assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void shouldAnswer400ForAnIncompleteTaskAndKeepItOpen() throws Exception {
		String instanceId = json(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						actionVariables("education", "Check attendance")))
			.get("id")
			.asText();
		String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

		ResponseEntity<String> response = call("education.demo", HttpMethod.POST,
				"/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("actionOutcome", Map.of("value", "DONE"))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(response).get("message").asText()).contains("actionNotes").doesNotContain("actionOutcome");
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(instanceId, "actionOutcome")).isNull();
	}

	@Test
	void shouldKeepOtherErrorsOutOfTheBadInputMapping() {
		ResponseEntity<String> response = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/NoSuchProcess/start", Map.of());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldForbidStartingAProcessToGroupsThatDoNotStartIt() {
		ResponseEntity<String> response = call("education.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start", actionVariables("health", "Anything"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldLetOnlyProcessOwnersDeploy() {
		assertThat(call("ds.demo", HttpMethod.GET, "/engine-rest/deployment", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(authorizationService.isUserAuthorized("ds.demo", List.of("police-ds"),
				org.camunda.bpm.engine.authorization.Permissions.CREATE,
				org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT))
			.isFalse();
		assertThat(authorizationService.isUserAuthorized("process-owner.demo", List.of("process-owner"),
				org.camunda.bpm.engine.authorization.Permissions.CREATE,
				org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT))
			.isTrue();
	}

	// --- Investigation supervision (SPEC 4.4) ---

	private static final java.time.format.DateTimeFormatter REST_DATE = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(java.time.ZoneOffset.UTC);

	@Test
	void shouldImportAnInvestigationRecorded8DaysAgoAndEscalateItsOverdueDsReview() throws Exception {
		Instant recordedAt = Instant.now().minus(java.time.Duration.ofDays(8));
		ResponseEntity<String> started = call("ds.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/InvestigationProcess/start",
				Map.of("businessKey", "CR-IT-8", "variables",
						Map.of("crimeReference", Map.of("value", "CR-IT-8"), "offenceType", Map.of("value", "NEGLECT"),
								"team", Map.of("value", "CAVAA"), "riskLevel", Map.of("value", "MEDIUM"), "recordedAt",
								Map.of("value", REST_DATE.format(recordedAt), "type", "Date"))));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		String instanceId = json(started).get("id").asText();

		JsonNode reviews = json(call("ds.demo", HttpMethod.GET,
				"/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_SupervisoryReview",
				null));
		assertThat(reviews).hasSize(1);
		assertThat(Instant.parse(reviews.get(0).get("due").asText().replaceFirst("(\\d{2})(\\d{2})$", "$1:$2")))
			.isEqualTo(recordedAt.plus(java.time.Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(taskService.getVariableLocal(reviews.get(0).get("id").asText(), "reviewRank")).isEqualTo("DS");

		var timer = managementService.createJobQuery()
			.processInstanceId(instanceId)
			.activityId("BoundaryEvent_ReviewOverdue")
			.singleResult();
		managementService.executeJob(timer.getId());

		JsonNode escalations = json(call("di.demo", HttpMethod.GET,
				"/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_EscalateOverdueReview",
				null));
		assertThat(escalations).hasSize(1);
		JsonNode report = json(call("di.demo", HttpMethod.GET, "/api/investigations/supervision", null));
		assertThat(report.get("overdueForReview").asInt()).isPositive();
	}

	@Test
	void shouldReportTheSupervisionOfAThousandImportedInvestigationsAsAnIndependentCountDoes() throws Exception {
		JsonNode before = json(call("dci.demo", HttpMethod.GET, "/api/investigations/supervision", null));
		String[] teams = { "CAVAA", "EMERALD", "CMIT", "ICAIT", "VSOMT", "OTHER" };
		Map<String, int[]> expectedByTeam = new java.util.HashMap<>();
		Map<String, int[]> expectedByRank = new java.util.HashMap<>();
		int expectedOverdue = 0;
		Instant now = Instant.now();
		for (int i = 0; i < 1000; i++) {
			int ageDays = i % 201;
			String team = teams[i % teams.length];
			runtimeService.startProcessInstanceByKey("InvestigationProcess", "CR-BULK-" + i,
					Map.of("crimeReference", "CR-BULK-" + i, "offenceType", "CHILD_ABUSE", "team", team, "riskLevel",
							"STANDARD", "recordedAt",
							java.util.Date.from(now.minus(java.time.Duration.ofDays(ageDays).plusHours(2)))));
			// Independently of the schedule: the first review falls due on day 7.
			boolean overdue = ageDays >= 7;
			String rank = ageDays < 45 ? "DS" : ageDays < 100 ? "DI" : "DCI";
			expectedOverdue += overdue ? 1 : 0;
			count(expectedByTeam, team, overdue);
			count(expectedByRank, rank, overdue);
		}

		ResponseEntity<String> response = call("dci.demo", HttpMethod.GET, "/api/investigations/supervision", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode after = json(response);

		assertThat(after.get("activeInvestigations").asInt() - before.get("activeInvestigations").asInt())
			.isEqualTo(1000);
		assertThat(after.get("overdueForReview").asInt() - before.get("overdueForReview").asInt())
			.isEqualTo(expectedOverdue);
		expectedByTeam.forEach((team, expected) -> assertDelta(before, after, "byTeam", team, expected));
		expectedByRank.forEach((rank, expected) -> assertDelta(before, after, "byRequiredRank", rank, expected));
		JsonNode oldest = after.get("oldestOverdue");
		assertThat(oldest.get("daysOverdue").asLong()).isEqualTo(100);
		assertThat(oldest.get("requiredRank").asText()).isEqualTo("DCI");
		assertThat(oldest.get("reviewRank").asText()).isEqualTo("DCI");
	}

	private static void count(Map<String, int[]> counts, String key, boolean overdue) {
		int[] c = counts.computeIfAbsent(key, k -> new int[2]);
		c[0]++;
		c[1] += overdue ? 1 : 0;
	}

	private static void assertDelta(JsonNode before, JsonNode after, String breakdown, String key, int[] expected) {
		JsonNode was = before.get(breakdown).get(key);
		JsonNode is = after.get(breakdown).get(key);
		int activeBefore = was == null ? 0 : was.get("active").asInt();
		int overdueBefore = was == null ? 0 : was.get("overdue").asInt();
		assertThat(is.get("active").asInt() - activeBefore).as(breakdown + " " + key + " active")
			.isEqualTo(expected[0]);
		assertThat(is.get("overdue").asInt() - overdueBefore).as(breakdown + " " + key + " overdue")
			.isEqualTo(expected[1]);
	}

	@Test
	void shouldShowTheSupervisionReportOnlyToPoliceSupervisors() {
		assertThat(call(null, HttpMethod.GET, "/api/investigations/supervision", null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call("health.demo", HttpMethod.GET, "/api/investigations/supervision", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("investigator.demo", HttpMethod.GET, "/api/investigations/supervision", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("demo", HttpMethod.GET, "/api/investigations/supervision", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldAnswer400WhenAnInvestigationOutcomeHasNoRationale() throws Exception {
		String instanceId = runtimeService
			.startProcessInstanceByKey("InvestigationProcess", "CR-IT-NFA",
					Map.of("crimeReference", "CR-IT-NFA", "offenceType", "NEGLECT", "team", "ICAIT", "riskLevel",
							"HIGH", "recordedAt",
							java.util.Date.from(Instant.now().minus(java.time.Duration.ofDays(1)))))
			.getId();
		String allocation = taskService.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey("Task_AllocateInvestigation")
			.singleResult()
			.getId();
		assertThat(call("ds.demo", HttpMethod.POST, "/engine-rest/task/" + allocation + "/complete",
				Map.of("variables", Map.of("investigatingOfficer", Map.of("value", "investigator.demo"))))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		String investigate = taskService.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey("Task_Investigate")
			.singleResult()
			.getId();

		ResponseEntity<String> response = call("investigator.demo", HttpMethod.POST,
				"/engine-rest/task/" + investigate + "/complete",
				Map.of("variables", Map.of("proposedOutcome", Map.of("value", "NO_FURTHER_ACTION"))));

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(response).get("message").asText()).contains("outcomeRationale");
		assertThat(taskService.createTaskQuery().taskId(investigate).count()).isEqualTo(1);
	}

	// --- Referral, strategy discussion and section 47 (SPEC 4.1-4.3) ---

	private static Map<String, Object> restDate(java.util.Date date) {
		return Map.of("value", REST_DATE.format(date.toInstant()), "type", "Date");
	}

	private static Map<String, Object> restValue(Object value) {
		return Map.of("value", value);
	}

	private static java.util.Date london(String localTime) {
		return java.util.Date.from(java.time.LocalDateTime.parse(localTime)
			.atZone(uk.org.safeguard.calendar.WorkingDays.ZONE)
			.toInstant());
	}

	private static Map<String, Object> referralVariables(boolean withVoiceOfTheChild) {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("childId", restValue("C-IT-" + Instant.now().toEpochMilli()));
		v.put("childName", restValue("Amy Example"));
		v.put("childDateOfBirth", restValue("2014-05-05"));
		v.put("concernType", restValue("NEGLECT"));
		v.put("concernSummary", restValue("Found alone at home at night"));
		v.put("incidentAt", restDate(london("2026-12-16T21:00")));
		v.put("incidentLocation", restValue("12 High Street, Bedford"));
		v.put("immediateRisk", restValue(false));
		if (withVoiceOfTheChild) {
			v.put("childBehaviourAndDemeanour", restValue("Withdrawn and hungry"));
			v.put("childWords", restValue("Mum goes out at night"));
		}
		return Map.of("variables", v);
	}

	private String singleTask(String user, String instanceId, String taskKey) throws Exception {
		JsonNode tasks = json(call(user, HttpMethod.GET,
				"/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey, null));
		assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	private JsonNode taskJson(String user, String taskId) throws Exception {
		return json(call(user, HttpMethod.GET, "/engine-rest/task/" + taskId, null));
	}

	private void completeAs(String user, String taskId, Map<String, Object> variables) {
		ResponseEntity<String> response = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", variables));
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private void runJobs(String instanceId) {
		managementService.createJobQuery()
			.processInstanceId(instanceId)
			.executable()
			.messages()
			.list()
			.forEach(job -> managementService.executeJob(job.getId()));
	}

	private String childInstance(String processKey, String parentId) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.variableValueEquals("parentProcessInstanceId", parentId)
			.singleResult()
			.getId();
	}

	private static java.util.Date dueOf(JsonNode task) {
		return java.util.Date.from(java.time.OffsetDateTime
			.parse(task.get("due").asText(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
			.toInstant());
	}

	@Test
	void shouldRefuseAReferralWithoutTheVoiceOfTheChildAndDueTheMashDecisionOneWorkingDayAfterSending()
			throws Exception {
		long referralsBefore = historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.count();
		ResponseEntity<String> refused = call("frontline.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/ChildReferralProcess/start", referralVariables(false));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(refused).get("message").asText()).contains("childBehaviourAndDemeanour",
				"childWords or childNotSpokenToReason");
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.count()).isEqualTo(referralsBefore);

		try {
			org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(london("2026-12-24T09:00"));
			String referral = json(call("frontline.demo", HttpMethod.POST,
					"/engine-rest/process-definition/key/ChildReferralProcess/start", referralVariables(true)))
				.get("id")
				.asText();
			completeAs("ppu-hub.demo", singleTask("ppu-hub.demo", referral, "Task_ReviewReferralQuality"),
					Map.of("referralQuality", restValue("APPROVED")));
			org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(london("2026-12-24T10:00"));
			runJobs(referral);

			JsonNode decision = taskJson("mash.demo", singleTask("mash.demo", referral, "Task_DecideReferralOutcome"));
			assertThat(dueOf(decision)).isEqualTo(london("2026-12-29T10:00"));
			assertThat(runtimeService.getVariable(referral, "sentToMashAt")).isEqualTo(london("2026-12-24T10:00"));
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	@Test
	void shouldTakeAChildFromReferralThroughStrategyDiscussionAndEnquiryToAPlan() throws Exception {
		try {
			org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(london("2026-12-17T08:00"));
			String referral = json(call("frontline.demo", HttpMethod.POST,
					"/engine-rest/process-definition/key/ChildReferralProcess/start", referralVariables(true)))
				.get("id")
				.asText();
			completeAs("ppu-hub.demo", singleTask("ppu-hub.demo", referral, "Task_ReviewReferralQuality"),
					Map.of("referralQuality", restValue("APPROVED")));
			runJobs(referral);
			completeAs("mash.demo", singleTask("mash.demo", referral, "Task_DecideReferralOutcome"),
					Map.of("mashDecision", restValue("STRATEGY_DISCUSSION"), "mashDecisionReason",
							restValue("Significant harm")));
			runJobs(referral);

			// The referring officer can follow the referral to its outcome.
			JsonNode outcome = json(
					call("frontline.demo", HttpMethod.GET, "/engine-rest/history/variable-instance?processInstanceId="
							+ referral + "&variableName=mashDecision", null));
			assertThat(outcome).hasSize(1);
			assertThat(outcome.get(0).get("value").asText()).isEqualTo("STRATEGY_DISCUSSION");

			String strategy = childInstance("StrategyDiscussionProcess", referral);
			completeAs("team-manager.demo", singleTask("team-manager.demo", strategy, "Task_ConveneStrategyDiscussion"),
					Map.of());
			org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(london("2026-12-17T11:00"));
			Map<String, Object> record = new java.util.HashMap<>();
			record.put("discussionHeldAt", restDate(london("2026-12-17T10:00")));
			record.put("attendees",
					Map.of("type", "Json", "value",
							"[{\"agency\":\"POLICE\",\"name\":\"DS Patel\",\"role\":\"DS\"},"
									+ "{\"agency\":\"CHILDRENS_SOCIAL_CARE\",\"name\":\"Jo Smith\",\"role\":\"TM\"},"
									+ "{\"agency\":\"HEALTH\",\"name\":\"Dr Jones\",\"role\":\"Named nurse\"}]"));
			record.put("strategyOutcome", restValue("SECTION_47_JOINT"));
			record.put("policeInvestigationRequired", restValue(true));
			record.put("agreedActions",
					Map.of("type", "Json", "value",
							"[{\"agency\":\"health\",\"description\":\"Child protection medical\","
									+ "\"dueDate\":\"2026-12-18T17:00:00Z\"}]"));
			completeAs("team-manager.demo", singleTask("team-manager.demo", strategy, "Task_RecordStrategyDiscussion"),
					record);
			runJobs(strategy);

			String enquiry = childInstance("Section47EnquiryProcess", strategy);
			assertThat(childInstance("InvestigationProcess", strategy)).isNotNull();
			singleTask("health.demo", childInstance("AgencyActionProcess", strategy), "Task_CompleteAgencyAction");
			assertThat(runtimeService.getVariable(enquiry, "conferenceDueAt")).isEqualTo(london("2027-01-12T10:00"));

			completeAs("social-worker.demo", singleTask("social-worker.demo", enquiry, "Task_SeeChild"),
					Map.of("childSeenAt", restDate(london("2026-12-17T10:45")), "childWishesAndFeelings",
							restValue("Wants to stay with her gran")));
			completeAs("social-worker.demo", singleTask("social-worker.demo", enquiry, "Task_RecordSection47Outcome"),
					Map.of("section47Outcome", restValue("CONTINUING_RISK")));
			String conference = singleTask("team-manager.demo", enquiry, "Task_HoldInitialChildProtectionConference");
			assertThat(dueOf(taskJson("team-manager.demo", conference))).isEqualTo(london("2027-01-12T10:00"));

			org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(london("2027-01-08T12:00"));
			completeAs("team-manager.demo", conference, Map.of("conferenceHeldAt", restDate(london("2027-01-08T11:00")),
					"childProtectionPlan", restValue(true), "planCategory", restValue("NEGLECT")));
			runJobs(enquiry);
			assertThat(dueOf(taskJson("social-worker.demo",
					singleTask("social-worker.demo", enquiry, "Task_HoldFirstCoreGroup"))))
				.isEqualTo(london("2027-01-22T11:00"));
			assertThat(dueOf(taskJson("team-manager.demo",
					singleTask("team-manager.demo", enquiry, "Task_HoldReviewConference"))))
				.isEqualTo(london("2027-04-08T11:00"));
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	// --- Domestic abuse and MARAC (SPEC 4.5-4.6) ---

	private String recordIncident(String household, java.util.Date at, int dash, String children) throws Exception {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("householdId", restValue(household));
		v.put("victimName", restValue("Victoria Example"));
		v.put("incidentAt", restDate(at));
		v.put("dashYesCount", Map.of("value", dash, "type", "Integer"));
		v.put("officerRiskLevel", restValue("STANDARD"));
		v.put("children", Map.of("value", children, "type", "Json"));
		v.put("crimeRecorded", restValue(false));
		ResponseEntity<String> started = call("frontline.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/DomesticAbuseIncidentProcess/start", Map.of("variables", v));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		String id = json(started).get("id").asText();
		runJobs(id);
		completeAs("ds.demo", singleTask("ds.demo", id, "Task_ReviewDomesticAbuseRisk"),
				Map.of("reviewedRiskLevel", restValue("STANDARD"), "riskReviewNotes", restValue("Reviewed")));
		runJobs(id);
		return id;
	}

	@Test
	void shouldOpenAMaracCaseOnTheThirdIncidentInAYearAndShowEveryActionToTheOfficer() throws Exception {
		String household = "H-IT-" + Instant.now().toEpochMilli();
		String children = "[{\"childId\":\"" + household + "-1\",\"name\":\"Amy\",\"dateOfBirth\":\"2016-01-01\","
				+ "\"present\":true,\"behaviourAndDemeanour\":\"Tearful\",\"words\":\"I was scared\"},"
				+ "{\"childId\":\"" + household + "-2\",\"name\":\"Ben\",\"dateOfBirth\":\"2019-01-01\","
				+ "\"present\":false,\"behaviourAndDemeanour\":\"Asleep\",\"notSpokenToReason\":\"Asleep\"}]";
		Instant now = Instant.now();
		ResponseEntity<String> badChild = call("frontline.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/DomesticAbuseIncidentProcess/start",
				Map.of("variables", Map.of("householdId", restValue(household), "victimName", restValue("V"),
						"incidentAt", restDate(java.util.Date.from(now)), "dashYesCount",
						Map.of("value", 30, "type", "Integer"), "officerRiskLevel", restValue("STANDARD"), "children",
						Map.of("value",
								"[{\"childId\":\"x\",\"name\":\"x\",\"dateOfBirth\":\"2016-01-01\",\"present\":true}]",
								"type", "Json"),
						"crimeRecorded", restValue(false))));
		assertThat(badChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(badChild).get("message").asText()).contains("dashYesCount",
				"children[0].behaviourAndDemeanour");

		recordIncident(household, java.util.Date.from(now.minus(java.time.Duration.ofDays(200))), 3, children);
		recordIncident(household, java.util.Date.from(now.minus(java.time.Duration.ofDays(90))), 2, children);
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("MaracCaseProcess")
			.variableValueEquals("householdId", household)
			.count()).isZero();
		String third = recordIncident(household, java.util.Date.from(now.minus(java.time.Duration.ofHours(2))), 1,
				children);

		assertThat(historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(third)
			.variableName("maracReferralReason")
			.singleResult()
			.getValue()).isEqualTo("POTENTIAL_ESCALATION");
		String maracCase = childInstance("MaracCaseProcess", third);
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("householdId", household)
			.count()).isEqualTo(6);
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", third)
			.count()).isEqualTo(2);

		// The meeting agrees actions for health and education, visible to the
		// investigating officer and the hub.
		runtimeService.setVariable(maracCase, "investigatingOfficer", "investigator.demo");
		completeAs("marac-coordinator.demo", singleTask("marac-coordinator.demo", maracCase, "Task_ListCaseForMeeting"),
				Map.of("meetingDate", restDate(java.util.Date.from(now.plus(java.time.Duration.ofDays(14))))));
		managementService.executeJob(managementService.createJobQuery()
			.processInstanceId(maracCase)
			.activityId("Event_MeetingDay")
			.singleResult()
			.getId());
		completeAs("marac-coordinator.demo",
				singleTask("marac-coordinator.demo", maracCase, "Task_RecordMeetingOutcome"),
				Map.of("actionPlan", Map.of("type", "Json", "value",
						"[{\"agency\":\"health\",\"description\":\"Flag GP record\",\"dueDate\":\"2030-01-01T17:00:00Z\"},"
								+ "{\"agency\":\"education\",\"description\":\"Tell the DSL\",\"dueDate\":\"2030-01-01T17:00:00Z\"}]")));
		runJobs(maracCase);
		List<String> actions = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("AgencyActionProcess")
			.variableValueEquals("parentProcessInstanceId", maracCase)
			.list()
			.stream()
			.map(org.camunda.bpm.engine.runtime.ProcessInstance::getId)
			.toList();
		assertThat(actions).hasSize(2);
		for (String action : actions) {
			for (String reader : List.of("investigator.demo", "ppu-hub.demo")) {
				ResponseEntity<String> variables = call(reader, HttpMethod.GET,
						"/engine-rest/process-instance/" + action + "/variables", null);
				assertThat(variables.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
				assertThat(json(variables).has("actionDescription")).isTrue();
			}
			assertThat(call("youth-justice.demo", HttpMethod.GET,
					"/engine-rest/process-instance/" + action + "/variables", null)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(call("youth-justice.demo", HttpMethod.GET, "/engine-rest/process-instance/" + maracCase, null)
			.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(json(call("youth-justice.demo", HttpMethod.GET,
				"/engine-rest/history/process-instance?processInstanceId=" + maracCase, null)))
			.isEmpty();
		assertThat(json(call("ppu-hub.demo", HttpMethod.GET,
				"/engine-rest/history/process-instance?processInstanceId=" + maracCase, null)))
			.hasSize(1);
	}

	// --- Registered sex offender management (SPEC 4.8) ---

	@Test
	void shouldManageAnOffenderThroughRestAndHideTheCaseFromOtherAgencies() throws Exception {
		String offender = "RSO-IT-" + Instant.now().toEpochMilli();
		ResponseEntity<String> started = call("offender-manager.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/RsoManagementProcess/start",
				Map.of("businessKey", offender, "variables", Map.of("offenderId", restValue(offender), "offenderName",
						restValue("John Example"), "registeredAt",
						restDate(java.util.Date.from(Instant.now().minus(java.time.Duration.ofDays(1)))), "address",
						restValue("1 Low Road, Luton"), "convictionSummary", restValue("Sexual assault of a child"))));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		String id = json(started).get("id").asText();

		// Need-to-know: health and education see nothing of the offender.
		for (String outsider : List.of("health.demo", "education.demo")) {
			assertThat(
					json(call(outsider, HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + offender, null)))
				.isEmpty();
			assertThat(call(outsider, HttpMethod.GET, "/engine-rest/process-instance/" + id + "/variables", null)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(json(call(outsider, HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceKey="
					+ "RsoManagementProcess&processInstanceBusinessKey=" + offender, null)))
				.isEmpty();
			assertThat(json(call(outsider, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + id, null)))
				.isEmpty();
		}
		assertThat(call("ds.demo", HttpMethod.GET, "/engine-rest/process-instance/" + id + "/variables", null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		completeAs("offender-manager.demo", singleTask("offender-manager.demo", id, "Task_AllocateOffenderManager"),
				Map.of("offenderManager", restValue("offender-manager.demo")));
		Map<String, Object> visit = new java.util.HashMap<>();
		visit.put("visitNotes", restValue("New partner at the address"));
		visit.put("childContactIdentified", restValue(true));
		visit.put("childContactName", restValue("Sam Example"));
		visit.put("childContactDateOfBirth", restValue("2010-04-04"));
		visit.put("childContactDetails", restValue("Partner's son, 16, lives there"));
		visit.put("newRelationship", restValue(true));
		visit.put("notificationBreachSuspected", restValue(false));
		completeAs("offender-manager.demo", singleTask("offender-manager.demo", id, "Task_InitialHomeVisit"), visit);
		runJobs(id);

		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", id)
			.variableValueEquals("concernType", "RSO_CONTACT")
			.count()).isEqualTo(1);
		completeAs("ds.demo", singleTask("ds.demo", id, "Task_DecideDisclosure"), Map.of("disclosureDecision",
				restValue("DISCLOSE"), "disclosureRationale", restValue("Child lives with the offender")));
		ResponseEntity<String> travel = call("offender-manager.demo", HttpMethod.POST, "/engine-rest/message",
				Map.of("messageName", "RsoTravelNotified", "businessKey", offender));
		assertThat(travel.getStatusCode()).as(travel.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
		singleTask("offender-manager.demo", id, "Task_UpdateTravelRecord");
	}

	// --- Children in custody (SPEC 4.9) ---

	@Test
	void shouldHoldAChildChargedAndRefusedBailToTheCertificateAndRecordTheirHours() throws Exception {
		String record = "CUST-IT-" + Instant.now().toEpochMilli();
		java.util.Date authorised = java.util.Date.from(Instant.now().minus(java.time.Duration.ofHours(20)));
		Map<String, Object> child = new java.util.HashMap<>();
		child.put("childId", restValue("C-" + record));
		child.put("childName", restValue("Kai Example"));
		child.put("childDateOfBirth", restValue("2000-01-01"));
		child.put("detentionAuthorisedAt", restDate(authorised));
		child.put("offence", restValue("Robbery"));
		ResponseEntity<String> adult = call("custody-sergeant.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/ChildInCustodyProcess/start",
				Map.of("businessKey", record, "variables", child));
		assertThat(adult.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(adult).get("message").asText()).contains("childDateOfBirth");

		child.put("childDateOfBirth", restValue("2010-05-05"));
		String id = json(call("custody-sergeant.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/ChildInCustodyProcess/start",
				Map.of("businessKey", record, "variables", child)))
			.get("id")
			.asText();
		assertThat(call("health.demo", HttpMethod.GET, "/engine-rest/process-instance/" + id + "/variables", null)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		completeAs("custody-sergeant.demo", singleTask("custody-sergeant.demo", id, "Task_RecordChargeDecision"),
				Map.of("chargeDecision", restValue("CHARGED_BAIL_REFUSED"), "riskOfSeriousHarmToPublic",
						restValue(false), "safeguardingReferralMade", restValue(false), "noReferralReason",
						restValue("Open plan already")));
		runJobs(id);
		assertThat(runtimeService.getVariable(id, "accommodationTypeRequested")).isEqualTo("NON_SECURE");
		completeAs("edt.demo", singleTask("edt.demo", id, "Task_ProvideAccommodation"), Map.of("accommodationOutcome",
				restValue("NOT_AVAILABLE"), "accommodationNotes", restValue("No placement tonight")));
		String certificate = singleTask("custody-sergeant.demo", id, "Task_CompleteDetentionCertificate");
		ResponseEntity<String> mismatch = call("custody-sergeant.demo", HttpMethod.POST,
				"/engine-rest/task/" + certificate + "/complete",
				Map.of("variables", Map.of("certificateAccommodationType", restValue("SECURE"), "certificateReason",
						restValue("No bed"))));
		assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(mismatch).get("message").asText()).contains("certificateAccommodationType");
		completeAs("custody-sergeant.demo", certificate, Map.of("certificateAccommodationType", restValue("NON_SECURE"),
				"certificateReason", restValue("No transport overnight")));

		ResponseEntity<String> left = call("custody-sergeant.demo", HttpMethod.POST, "/engine-rest/message",
				Map.of("messageName", "ChildLeftCustody", "businessKey", record));
		assertThat(left.getStatusCode()).as(left.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
		double hours = (Double) historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(id)
			.variableName("hoursInCustody")
			.singleResult()
			.getValue();
		assertThat(hours).isBetween(19.9, 20.2);
		assertThat(
				historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndTime())
			.isNotNull();
	}

	// --- Missing children (SPEC 4.10) ---

	@Test
	void shouldKeepTriggerPlansForPoliceAndSocialCareOnly() throws Exception {
		String child = "C-TP-" + Instant.now().toEpochMilli();
		String path = "/api/children/" + child + "/trigger-plan";
		assertThat(call("cmit.demo", HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<String> blank = call("cmit.demo", HttpMethod.PUT, path, Map.of("plan", " "));
		assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(blank).get("message").asText()).contains("plan");

		ResponseEntity<String> saved = call("cmit.demo", HttpMethod.PUT, path,
				Map.of("plan", "Check 14 Mill Lane; call aunt"));
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> updated = call("social-worker.demo", HttpMethod.PUT, path,
				Map.of("plan", "Check 14 Mill Lane and the skate park; call aunt"));
		assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);

		JsonNode plan = json(call("frontline.demo", HttpMethod.GET, path, null));
		assertThat(plan.get("childId").asText()).isEqualTo(child);
		assertThat(plan.get("plan").asText()).contains("skate park");
		assertThat(plan.get("updatedBy").asText()).isEqualTo("social-worker.demo");
		assertThat(plan.get("updatedAt").asText()).isNotBlank();
		for (String outsider : List.of("health.demo", "education.demo", "idva.demo")) {
			assertThat(call(outsider, HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(outsider, HttpMethod.PUT, path, Map.of("plan", "x")).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(call(null, HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private String reportMissing(String child, Instant reportedAt) throws Exception {
		ResponseEntity<String> started = call("control-room.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/MissingChildProcess/start",
				Map.of("businessKey", child + "-" + reportedAt.toEpochMilli(), "variables",
						Map.of("childId", restValue(child), "childName", restValue("Mia Example"), "childDateOfBirth",
								restValue("2011-02-02"), "reportedAt", restDate(java.util.Date.from(reportedAt)),
								"lastSeenAt", restDate(java.util.Date.from(reportedAt.minusSeconds(3600))),
								"lookedAfterChild", restValue(true))));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		return json(started).get("id").asText();
	}

	@Test
	void shouldScreenAChildMissingForTheThirdTimeIn90DaysAndShowTheTriggerPlan() throws Exception {
		String child = "C-MISS-" + Instant.now().toEpochMilli();
		call("cmit.demo", HttpMethod.PUT, "/api/children/" + child + "/trigger-plan", Map.of("plan", "Call aunt"));
		Instant now = Instant.now();
		reportMissing(child, now.minus(java.time.Duration.ofDays(70)));
		String second = reportMissing(child, now.minus(java.time.Duration.ofDays(30)));
		assertThat(runtimeService.getVariable(second, "episodesLast90Days")).isEqualTo(2);
		String third = reportMissing(child, now.minus(java.time.Duration.ofMinutes(5)));
		runJobs(third);

		assertThat(runtimeService.getVariable(third, "episodesLast90Days")).isEqualTo(3);
		singleTask("cmit.demo", third, "Task_ScreenForExploitation");
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", third)
			.variableValueEquals("concernType", "MISSING")
			.count()).isEqualTo(1);
		String assess = singleTask("control-room.demo", third, "Task_AssessMissingRisk");
		JsonNode variables = json(call("control-room.demo", HttpMethod.GET,
				"/engine-rest/task/" + assess + "/form-variables?variableNames=triggerPlan", null));
		assertThat(variables.get("triggerPlan").get("value").asText()).contains("Call aunt");
		ResponseEntity<String> low = call("control-room.demo", HttpMethod.POST,
				"/engine-rest/task/" + assess + "/complete", Map.of("variables",
						Map.of("missingRiskLevel", restValue("LOW"), "riskRationale", restValue("Often missing"))));
		assertThat(low.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(low).get("message").asText()).contains("missingRiskLevel");
	}

	// --- Process owners: deploy, change a timescale, move running cases (issue: process
	// owners) ---

	private ResponseEntity<String> deploy(String user, String name, Map<String, byte[]> files) {
		org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
		body.add("deployment-name", name);
		body.add("deployment-source", "Camunda Modeler");
		body.add("deploy-changed-only", "false");
		files.forEach((file, bytes) -> body.add(file, new org.springframework.core.io.ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return file;
			}
		}));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBasicAuth(user, "demo");
		return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	private static byte[] file(String path) throws Exception {
		return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
	}

	@Test
	void shouldLetOnlyProcessOwnersDeployAndRefuseModelsThatBreakTheConventions() throws Exception {
		byte[] model = file("bpmn/AgencyActionProcess.bpmn");
		assertThat(deploy("ds.demo", "attempt", Map.of("AgencyActionProcess.bpmn", model)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		String noTimeToLive = new String(model, java.nio.charset.StandardCharsets.UTF_8)
			.replace(" camunda:historyTimeToLive=\"P3650D\"", "");
		ResponseEntity<String> refused = deploy("process-owner.demo", "bad",
				Map.of("AgencyActionProcess.bpmn", noTimeToLive.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"AgencyActionCompleteForm.form", file("forms/AgencyActionCompleteForm.form")));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(refused).get("message").asText()).contains("AgencyActionProcess.bpmn", "historyTimeToLive",
				"ChaseOverdueActionForm which is not deployed");
	}

	@Test
	void shouldChangeReviewDeadlinesOfNewCasesWhenAProcessOwnerDeploysAnEditedTable() throws Exception {
		String edited = new String(file("bpmn/SupervisionRankDecision.dmn"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("<text>7</text>", "<text>3</text>")
			.replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"");
		ResponseEntity<String> deployed = deploy("process-owner.demo", "DS review within 3 days",
				Map.of("SupervisionRankDecision.dmn", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
		try {
			Instant recordedAt = Instant.now().minus(java.time.Duration.ofHours(1));
			String id = runtimeService.startProcessInstanceByKey("InvestigationProcess", "CR-DMN",
					Map.of("crimeReference", "CR-DMN", "offenceType", "NEGLECT", "team", "CAVAA", "riskLevel", "MEDIUM",
							"recordedAt", java.util.Date.from(recordedAt)))
				.getId();
			assertThat(taskService.createTaskQuery()
				.processInstanceId(id)
				.taskDefinitionKey("Task_SupervisoryReview")
				.singleResult()
				.getDueDate()).isEqualTo(java.util.Date.from(recordedAt.plus(java.time.Duration.ofDays(3))));
		}
		finally {
			repositoryService.deleteDeployment(json(deployed).get("id").asText(), true);
		}
	}

	@Test
	void shouldMoveRunningCasesToANewVersionAfterADryRunThatSaysWhichCannotMove() throws Exception {
		var v1 = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("AgencyActionProcess")
			.latestVersion()
			.singleResult();
		String waiting = json(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						actionVariables("health", "Waiting on v1")))
			.get("id")
			.asText();
		String chased = json(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						actionVariables("health", "Chased on v1")))
			.get("id")
			.asText();
		managementService
			.executeJob(managementService.createJobQuery().processInstanceId(chased).singleResult().getId());
		var taskBefore = taskService.createTaskQuery().processInstanceId(waiting).singleResult();
		var timerBefore = managementService.createJobQuery().processInstanceId(waiting).singleResult();

		// Version 2 renames the chase task: cases waiting at it cannot be mapped.
		String v2 = new String(file("bpmn/AgencyActionProcess.bpmn"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("Task_ChaseOverdueAction", "Task_FollowUpOverdueAction")
			.replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"");
		ResponseEntity<String> deployed = deploy("process-owner.demo", "Agency action 1.1.0",
				Map.of("AgencyActionProcess.bpmn", v2.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"AgencyActionCompleteForm.form", file("forms/AgencyActionCompleteForm.form"),
						"ChaseOverdueActionForm.form", file("forms/ChaseOverdueActionForm.form")));
		assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
		try {
			String fresh = json(call("ppu-hub.demo", HttpMethod.POST,
					"/engine-rest/process-definition/key/AgencyActionProcess/start", actionVariables("health", "New")))
				.get("id")
				.asText();
			assertThat((String) runtimeService.getVariable(fresh, "procedureVersion"))
				.contains("v" + (v1.getVersion() + 1), "1.1.0");
			assertThat(call("health.demo", HttpMethod.POST, "/api/migrations/dry-run",
					Map.of("processDefinitionKey", "AgencyActionProcess"))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

			JsonNode dryRun = json(call("process-owner.demo", HttpMethod.POST, "/api/migrations/dry-run",
					Map.of("processDefinitionKey", "AgencyActionProcess")));
			JsonNode waitingCase = caseOf(dryRun, waiting);
			JsonNode chasedCase = caseOf(dryRun, chased);
			assertThat(waitingCase.get("migratable").asBoolean()).isTrue();
			assertThat(chasedCase.get("migratable").asBoolean()).isFalse();
			assertThat(chasedCase.get("reasons").toString()).contains("Task_ChaseOverdueAction");
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(waiting)
				.singleResult()
				.getProcessDefinitionId()).isEqualTo(v1.getId());

			JsonNode migrated = json(call("process-owner.demo", HttpMethod.POST, "/api/migrations",
					Map.of("processDefinitionKey", "AgencyActionProcess")));
			assertThat(caseOf(migrated, waiting).get("migrated").asBoolean()).isTrue();
			assertThat(caseOf(migrated, chased).get("migrated").asBoolean()).isFalse();
			var taskAfter = taskService.createTaskQuery().processInstanceId(waiting).singleResult();
			assertThat(taskAfter.getProcessDefinitionId()).isNotEqualTo(v1.getId());
			assertThat(taskAfter.getId()).isEqualTo(taskBefore.getId());
			assertThat(taskAfter.getDueDate()).isEqualTo(taskBefore.getDueDate());
			assertThat(managementService.createJobQuery().processInstanceId(waiting).singleResult().getDuedate())
				.isEqualTo(timerBefore.getDuedate());
		}
		finally {
			repositoryService.deleteDeployment(json(deployed).get("id").asText(), true);
		}
	}

	private static JsonNode caseOf(JsonNode report, String processInstanceId) {
		for (JsonNode c : report.get("cases")) {
			if (c.get("processInstanceId").asText().equals(processInstanceId)) {
				return c;
			}
		}
		throw new AssertionError(processInstanceId + " not in " + report);
	}

	// --- Managers' views ---

	@Test
	void shouldAnswerTheManagersViewsOnlyToManagers() {
		for (String path : List.of("/api/compliance", "/api/inspection-figures", "/api/children/C-1/timeline",
				"/manager/index.html", "/timeline/index.html")) {
			assertThat(call(null, HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		for (String path : List.of("/api/compliance", "/api/inspection-figures")) {
			assertThat(call("health.demo", HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call("frontline.demo", HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call("team-manager.demo", HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(call("team-manager.demo", HttpMethod.GET, "/api/compliance?from=yesterday", null).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldCountComplianceAsTheEngineDoes() throws Exception {
		String group = "probation";
		JsonNode before = json(call("demo", HttpMethod.GET, "/api/compliance?group=" + group, null)).get("total");
		Map<String, Object> overdue = actionVariables(group, "Overdue");
		@SuppressWarnings("unchecked")
		Map<String, Object> vars = new java.util.HashMap<>((Map<String, Object>) overdue.get("variables"));
		vars.put("actionDueDate", restDate(java.util.Date.from(Instant.now().minus(java.time.Duration.ofHours(3)))));
		String late = json(call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start", Map.of("variables", vars)))
			.get("id")
			.asText();
		json(call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
				Map.of("variables", vars)));
		json(call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
				actionVariables(group, "In time")));
		completeAs("probation.demo", singleTask("probation.demo", late, "Task_CompleteAgencyAction"),
				Map.of("actionOutcome", restValue("DONE"), "actionNotes", restValue("Done late")));

		JsonNode after = json(call("demo", HttpMethod.GET, "/api/compliance?group=" + group, null)).get("total");
		assertThat(after.get("completedLate").asLong() - before.get("completedLate").asLong()).isEqualTo(1);
		assertThat(after.get("openOverdue").asLong() - before.get("openOverdue").asLong()).isEqualTo(1);
		assertThat(after.get("openWithinTime").asLong() - before.get("openWithinTime").asLong()).isEqualTo(1);
		// An independent count of the open ones through the engine's own REST API.
		long engineOverdue = json(call("demo", HttpMethod.POST, "/engine-rest/task/count",
				Map.of("candidateGroup", group, "dueBefore", REST_DATE.format(Instant.now()))))
			.get("count")
			.asLong();
		long engineOpen = json(call("demo", HttpMethod.GET, "/engine-rest/task/count?candidateGroup=" + group, null))
			.get("count")
			.asLong();
		assertThat(after.get("openOverdue").asLong()).isEqualTo(engineOverdue);
		assertThat(after.get("openOverdue").asLong() + after.get("openWithinTime").asLong()).isEqualTo(engineOpen);
	}

	@Test
	void shouldShowAChildsTimelineOnlyAsFarAsTheCallerMaySee() throws Exception {
		String child = "C-TL-" + Instant.now().toEpochMilli();
		runtimeService.startProcessInstanceByKey("MissingChildProcess", child + "-1",
				Map.of("childId", child, "childName", "Tia", "childDateOfBirth", "2012-01-01", "reportedAt",
						new java.util.Date(), "lastSeenAt", new java.util.Date(), "lookedAfterChild", false));
		runtimeService.startProcessInstanceByKey("ChildInCustodyProcess", child + "-C",
				Map.of("childId", child, "childName", "Tia", "childDateOfBirth", "2012-01-01", "detentionAuthorisedAt",
						new java.util.Date(), "offence", "Theft"));

		JsonNode all = json(call("demo", HttpMethod.GET, "/api/children/" + child + "/timeline", null));
		assertThat(all.get("entries")).hasSize(2);
		JsonNode police = json(call("inspector.demo", HttpMethod.GET, "/api/children/" + child + "/timeline", null));
		List<String> seen = new java.util.ArrayList<>();
		police.get("entries").forEach(e -> seen.add(e.get("processKey").asText()));
		assertThat(seen).containsExactly("MissingChildProcess");
		assertThat(
				json(call("health.demo", HttpMethod.GET, "/api/children/" + child + "/timeline", null)).get("entries"))
			.isEmpty();
	}

	private static HttpHeaders basic(String user, String password) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		return headers;
	}

	@SuppressWarnings("unused")
	private static ApplicationArguments noArguments() {
		return new DefaultApplicationArguments();
	}

}
