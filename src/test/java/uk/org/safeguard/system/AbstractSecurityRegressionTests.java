package uk.org.safeguard.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC section 7 through the real HTTP API, one test per finding of the security review
 * (issue 14), each of which failed before the change: as an attacker with a demo account
 * would try it, on {@code /engine-rest}, the webapps' own {@code /camunda/api/engine},
 * Safeguard's {@code /api} and the pages. Every refusal is checked to have changed
 * nothing, and no request in this suite may answer 500.
 */
abstract class AbstractSecurityRegressionTests extends AbstractApiTests {

	// --- 1. Stored XSS ---

	@Test
	void shouldServeOurPagesWithAPolicyThatRunsNoInlineScriptAndRefuseCandidatesRenamingTasks() throws Exception {
		for (String page : List.of("/timeline/", "/timeline/index.html", "/manager/index.html")) {
			ResponseEntity<String> response = call("team-manager.demo", HttpMethod.GET, page, null);
			String policy = response.getHeaders().getFirst("Content-Security-Policy");
			assertThat(policy).as(page).contains("script-src 'self'").doesNotContain("unsafe-inline");
			if (response.getStatusCode().is2xxSuccessful()) {
				assertThat(response.getBody()).as(page).doesNotContain("<script>").doesNotContain("innerHTML");
			}
		}
		for (String script : List.of("/timeline/timeline.js", "/manager/manager.js", "/common/dom.js")) {
			ResponseEntity<String> response = call("team-manager.demo", HttpMethod.GET, script, null);
			assertThat(response.getStatusCode()).as(script).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(script).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
		}

		String id = overdueAgencyAction("health");
		Task task = taskOf(id, "Task_CompleteAgencyAction");
		ResponseEntity<String> rename = call("health.demo", HttpMethod.PUT, "/engine-rest/task/" + task.getId(),
				Map.of("name", "<img src=x onerror=alert(1)>"));
		assertThat(rename.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(taskOf(id, "Task_CompleteAgencyAction").getName()).isEqualTo(task.getName());
	}

	// --- 2. A deployment runs code ---

	@Test
	void shouldRefuseADeploymentWhoseExpressionsReachBeyondVariablesAndSafeguardsBeans() throws Exception {
		Map<String, String> attacks = new java.util.LinkedHashMap<>();
		attacks.put("engine services",
				"camunda:expression=\"${execution.getProcessEngineServices().getIdentityService().createMembership('process-owner.demo','camunda-admin')}\"");
		attacks.put("Runtime.exec",
				"camunda:expression=\"${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/pwned')}\"");
		attacks.put("class property", "camunda:expression=\"${childName.class.classLoader}\"");
		attacks.put("other Spring bean",
				"camunda:expression=\"${identityService.createMembership('a','camunda-admin')}\"");
		attacks.put("Java class", "camunda:class=\"uk.org.safeguard.identity.IdentitySetup\"");
		for (Map.Entry<String, String> attack : attacks.entrySet()) {
			String processId = "SecurityProbe" + attack.getKey().replaceAll("[^A-Za-z]", "");
			long before = runtimeService.createProcessInstanceQuery().count();
			ResponseEntity<String> response = deploy("process-owner.demo", processId + ".bpmn",
					model(processId, attack.getValue(), null));
			assertThat(response.getStatusCode()).as(attack.getKey() + ": " + response.getBody())
				.isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(json(response).get("message").asText()).as(attack.getKey())
				.contains(processId + ".bpmn")
				.contains("Task_Probe");
			assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
		}
		ResponseEntity<String> script = deploy("process-owner.demo", "SecurityProbeScript.bpmn", model(
				"SecurityProbeScript", null,
				"<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"));
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(script).get("message").asText()).contains("Task_Script").contains("script");

		// What a process owner needs still deploys: variables and Safeguard's own beans.
		ResponseEntity<String> allowed = deploy("process-owner.demo", "SecurityProbeAllowed.bpmn",
				model("SecurityProbeAllowed",
						"camunda:expression=\"${execution.setVariable('dueAt', workingDays.after(recordedAt, 1))}\"",
						null));
		assertThat(allowed.getStatusCode()).as(allowed.getBody()).isEqualTo(HttpStatus.OK);
	}

	// --- 3. A refused job execution disables escalation ---

	@Test
	void shouldKeepTheRetriesOfAnEscalationTimerThatSomebodyWithoutRightsTriesToRun() {
		String id = overdueAgencyAction("health");
		Job timer = managementService.createJobQuery().processInstanceId(id).timers().singleResult();
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(call("frontline.demo", HttpMethod.POST, "/engine-rest/job/" + timer.getId() + "/execute", null)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
		assertThat(after.getRetries()).isEqualTo(timer.getRetries());
		assertThat(runtimeService.createIncidentQuery().processInstanceId(id).count()).isZero();

		managementService.executeJob(timer.getId());
		assertThat(taskOf(id, "Task_ChaseOverdueAction")).as("the escalation still fires").isNotNull();
	}

	// --- 4. Candidates move their own deadlines ---

	@Test
	void shouldLetACandidateWorkTheTaskButNotMoveItsDeadlineHandItOnOrSteerItsEscalation() throws Exception {
		String id = overdueAgencyAction("health");
		Task task = taskOf(id, "Task_CompleteAgencyAction");
		String path = "/engine-rest/task/" + task.getId();

		assertThat(call("health.demo", HttpMethod.PUT, path,
				Map.of("name", task.getName(), "due", "2099-01-01T00:00:00.000+0000"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("health.demo", HttpMethod.POST, path + "/claim", Map.of("userId", "education.demo"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("health.demo", HttpMethod.POST, path + "/assignee", Map.of("userId", "education.demo"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("health.demo", HttpMethod.POST, path + "/delegate", Map.of("userId", "education.demo"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("health.demo", HttpMethod.POST, path + "/variables",
				Map.of("modifications", Map.of("escalationGroup", restValue("health"))))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("health.demo", HttpMethod.PUT, path + "/variables/escalationGroup", restValue("health"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("health.demo", HttpMethod.PUT, path + "/localVariables/actionDueDate",
				typed("2099-01-01T00:00:00.000+0000", "Date"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// The same through the webapps' own API, as the Tasklist would send it.
		HttpHeaders session = webappSession("health.demo");
		assertThat(webapp(session, HttpMethod.PUT, "/task/" + task.getId(),
				Map.of("name", task.getName(), "due", "2099-01-01T00:00:00.000+0000"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				webapp(session, HttpMethod.POST, "/task/" + task.getId() + "/claim", Map.of("userId", "education.demo"))
					.getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		Task unchanged = taskOf(id, "Task_CompleteAgencyAction");
		assertThat(unchanged.getDueDate()).isEqualTo(task.getDueDate());
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(runtimeService.getVariable(id, "escalationGroup")).isEqualTo("marac-coordinator");
		assertThat(json(call("education.demo", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + id, null)))
			.isEmpty();

		// Work itself: claim for oneself and complete.
		assertThat(
				call("health.demo", HttpMethod.POST, path + "/claim", Map.of("userId", "health.demo")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(call("health.demo", HttpMethod.POST, path + "/complete",
				Map.of("variables",
						Map.of("actionOutcome", restValue("DONE"), "actionNotes", restValue("Records shared"))))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	// --- 5. Supervisors defeat supervision ---

	@Test
	void shouldLetNoSupervisorRetimeRewriteSuspendCancelOrDeleteACase() throws Exception {
		String id = investigation();
		Job timer = managementService.createJobQuery().processInstanceId(id).timers().singleResult();
		Object recordedAt = runtimeService.getVariable(id, "recordedAt");
		String jobPath = "/engine-rest/job/" + timer.getId();
		String casePath = "/engine-rest/process-instance/" + id;

		for (String supervisor : List.of("ds.demo", "di.demo", "dci.demo")) {
			assertThat(call(supervisor, HttpMethod.PUT, jobPath + "/duedate",
					Map.of("duedate", "2099-01-01T00:00:00.000+0000"))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(supervisor, HttpMethod.PUT, jobPath + "/retries", Map.of("retries", 0)).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(
					call(supervisor, HttpMethod.PUT, jobPath + "/suspended", Map.of("suspended", true)).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(supervisor, HttpMethod.POST, jobPath + "/execute", null).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(supervisor, HttpMethod.PUT, casePath + "/variables/recordedAt", restValue("banana"))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(supervisor, HttpMethod.PUT, casePath + "/suspended", Map.of("suspended", true))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(supervisor, HttpMethod.POST, casePath + "/modification",
					Map.of("instructions",
							List.of(Map.of("type", "cancel", "activityId", "Task_AllocateInvestigation"))))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(supervisor, HttpMethod.DELETE, casePath, null).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		HttpHeaders session = webappSession("ds.demo");
		assertThat(webapp(session, HttpMethod.PUT, "/process-instance/" + id + "/suspended", Map.of("suspended", true))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(webapp(session, HttpMethod.PUT, "/job/" + timer.getId() + "/duedate",
				Map.of("duedate", "2099-01-01T00:00:00.000+0000"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		Job unchanged = managementService.createJobQuery().jobId(timer.getId()).singleResult();
		assertThat(unchanged.getDuedate()).isEqualTo(timer.getDuedate());
		assertThat(unchanged.getRetries()).isEqualTo(timer.getRetries());
		assertThat(unchanged.isSuspended()).isFalse();
		assertThat(runtimeService.getVariable(id, "recordedAt")).isEqualTo(recordedAt);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).active().count()).isEqualTo(1);
		assertThat(taskOf(id, "Task_AllocateInvestigation")).isNotNull();
		// Reading is still theirs.
		assertThat(
				json(call("ds.demo", HttpMethod.GET, "/engine-rest/process-instance?processInstanceIds=" + id, null)))
			.hasSize(1);
	}

	// --- 6. Process owners read case data ---

	@Test
	void shouldShowProcessOwnersNoCaseDataOfAnyProcess() throws Exception {
		String rso = offender(unique("RSO"));
		for (String path : List.of("/engine-rest/process-instance/" + rso + "/variables",
				"/engine-rest/process-instance/" + rso + "/variables/offenderAddress")) {
			ResponseEntity<String> response = call("process-owner.demo", HttpMethod.GET, path, null);
			assertThat(response.getStatusCode()).as(path).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
			assertThat(response.getBody()).doesNotContain("Hidden Road");
		}
		for (String query : List.of("/engine-rest/process-instance?processInstanceIds=" + rso,
				"/engine-rest/history/process-instance?processInstanceId=" + rso,
				"/engine-rest/history/variable-instance?processInstanceId=" + rso,
				"/engine-rest/variable-instance?processInstanceIdIn=" + rso,
				"/engine-rest/task?processInstanceId=" + rso, "/engine-rest/history/task?processInstanceId=" + rso)) {
			ResponseEntity<String> response = call("process-owner.demo", HttpMethod.GET, query, null);
			assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
			assertThat(json(response)).as(query).isEmpty();
		}
		assertThat(call("process-owner.demo", HttpMethod.PUT,
				"/engine-rest/process-instance/" + rso + "/variables/offenderAddress", restValue("elsewhere"))
			.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(runtimeService.getVariable(rso, "offenderAddress")).isEqualTo("1 Hidden Road, Luton");
		// Models are still theirs.
		assertThat(json(call("process-owner.demo", HttpMethod.GET,
				"/engine-rest/process-definition?key=RsoManagementProcess", null)))
			.isNotEmpty();
	}

	// --- 7. Message correlation as an oracle ---

	@Test
	void shouldAnswerAMessageForSomebodyElsesCaseExactlyAsForNoCase() throws Exception {
		String offenderKey = unique("RSO-REAL");
		String rso = offender(offenderKey);
		ResponseEntity<String> real = call("education.demo", HttpMethod.POST, "/engine-rest/message",
				Map.of("messageName", "RsoTravelNotified", "businessKey", offenderKey));
		ResponseEntity<String> madeUp = call("education.demo", HttpMethod.POST, "/engine-rest/message",
				Map.of("messageName", "RsoTravelNotified", "businessKey", unique("RSO-NONE")));

		assertThat(real.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(madeUp.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(real.getBody()).isEqualTo(madeUp.getBody()).doesNotContain(rso);
		assertThat(taskOf(rso, "Task_UpdateTravelRecord")).isNull();

		ResponseEntity<String> own = call("offender-manager.demo", HttpMethod.POST, "/engine-rest/message",
				Map.of("messageName", "RsoTravelNotified", "businessKey", offenderKey));
		assertThat(own.getStatusCode()).as(own.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
		assertThat(taskOf(rso, "Task_UpdateTravelRecord")).isNotNull();
	}

	// --- 8. MARAC research notes shared between agencies ---

	@Test
	void shouldKeepEachAgencysResearchNotesFromTheOtherAgencies() throws Exception {
		Map<String, Object> variables = new HashMap<>();
		variables.put("householdId", unique("HH"));
		variables.put("victimName", "Victim Example");
		variables.put("meetingDate", hoursFromNow(24 * 10));
		String marac = caseAt("MaracCaseProcess", "Task_ResearchCase#multiInstanceBody", unique("MARAC"), variables);
		Task healthTask = taskService.createTaskQuery()
			.processInstanceId(marac)
			.taskCandidateGroup("health")
			.singleResult();
		Task educationTask = taskService.createTaskQuery()
			.processInstanceId(marac)
			.taskCandidateGroup("education")
			.singleResult();

		assertThat(call("health.demo", HttpMethod.POST, "/engine-rest/task/" + healthTask.getId() + "/complete",
				Map.of("variables", Map.of("researchNotes", restValue("GP: two A&E visits"))))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> seen = call("education.demo", HttpMethod.GET,
				"/engine-rest/task/" + educationTask.getId() + "/variables", null);
		assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(seen.getBody()).doesNotContain("A&E");
		assertThat(call("education.demo", HttpMethod.POST, "/engine-rest/task/" + educationTask.getId() + "/complete",
				Map.of("variables", Map.of("researchNotes", restValue("School: attendance fell"))))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(runtimeService.getVariable(marac, "researchNotes")).as("nothing shared at case level").isNull();

		ResponseEntity<String> coordinator = call("marac-coordinator.demo", HttpMethod.GET,
				"/engine-rest/history/variable-instance?variableName=researchNotes&processInstanceId=" + marac, null);
		assertThat(coordinator.getBody()).contains("A&E").contains("attendance fell");
		ResponseEntity<String> other = call("health.demo", HttpMethod.GET,
				"/engine-rest/history/variable-instance?variableName=researchNotes&processInstanceId=" + marac, null);
		assertThat(other.getBody()).doesNotContain("attendance fell");
	}

	// --- 9. One open MARAC case per household, whoever starts it ---

	@Test
	void shouldRefuseASecondOpenMaracCaseForAHouseholdEvenToAnAgencyThatCannotSeeTheFirst() throws Exception {
		String household = unique("HH");
		Map<String, Object> start = Map.of("variables",
				Map.of("householdId", restValue(household), "victimName", restValue("Victim Example"),
						"maracReferralReason", restValue("PROFESSIONAL_JUDGEMENT"), "referringAgency",
						restValue("idva")));
		ResponseEntity<String> first = call("marac-coordinator.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/MaracCaseProcess/start", start);
		assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json(call("ds.demo", HttpMethod.GET,
				"/engine-rest/process-instance?processInstanceIds=" + json(first).get("id").asText(), null)))
			.isEmpty();

		ResponseEntity<String> second = call("ds.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/MaracCaseProcess/start", start);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(second).get("message").asText()).contains("householdId");
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("MaracCaseProcess")
			.variableValueEquals("householdId", household)
			.count()).isEqualTo(1);

		// A new high-risk incident, reviewed by a DS who cannot see that case, is listed
		// on it (no second
		// case, no failure): the engine finds the open case, not the officer.
		Map<String, Object> incident = new HashMap<>();
		incident.put("householdId", restValue(household));
		incident.put("victimName", restValue("Victim Example"));
		incident.put("incidentAt", typed(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
			.format(java.time.ZonedDateTime.now().minusHours(2)), "Date"));
		incident.put("dashYesCount", typed(16, "Integer"));
		incident.put("officerRiskLevel", restValue("HIGH"));
		incident.put("children", typed("[]", "Json"));
		incident.put("crimeRecorded", restValue(false));
		ResponseEntity<String> recorded = call("frontline.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/DomesticAbuseIncidentProcess/start",
				Map.of("variables", incident));
		assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
		String incidentId = json(recorded).get("id").asText();
		runJobs(incidentId);
		Task review = taskOf(incidentId, "Task_ReviewDomesticAbuseRisk");
		assertThat(review).as("the DS reviews the incident").isNotNull();
		{
			ResponseEntity<String> reviewed = call("ds.demo", HttpMethod.POST,
					"/engine-rest/task/" + review.getId() + "/complete", Map.of("variables", Map.of("reviewedRiskLevel",
							restValue("HIGH"), "riskReviewNotes", restValue("High risk, repeat victim"))));
			assertThat(reviewed.getStatusCode()).as(reviewed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
			runJobs(incidentId);
		}
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("MaracCaseProcess")
			.variableValueEquals("householdId", household)
			.count()).isEqualTo(1);
		assertThat(taskOf(json(first).get("id").asText(), "Task_ReviewNewIncident")).isNotNull();
	}

	// --- 10. Anyone can lock anyone out ---

	@Test
	void shouldSlowRepeatedWrongPasswordsButNeverLockTheOwnerOutForGood() {
		Instant start = Instant.now();
		int attempts = 12;
		for (int attempt = 0; attempt < attempts; attempt++) {
			// Each guess after the previous one's delay has passed, so every guess
			// counts.
			ClockUtil.setCurrentTime(Date.from(start.plusSeconds(attempt * 70L)));
			HttpHeaders headers = new HttpHeaders();
			headers.setBasicAuth("youth-justice.demo", "wrong-" + attempt);
			assertThat(rest.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(call("youth-justice.demo", HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
			.as("slowed: right after a wrong guess even the right password waits")
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		ClockUtil.setCurrentTime(Date.from(start.plusSeconds(attempts * 70L + 61)));
		assertThat(call("youth-justice.demo", HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
			.as("never locked for good")
			.isEqualTo(HttpStatus.OK);
	}

	// --- 11. Variables of any Java type ---

	@Test
	void shouldRefuseObjectFileAndBytesVariablesAndCreateNothing() {
		long before = historyService.createHistoricProcessInstanceQuery().count();
		List<Map<String, Object>> dangerous = List.of(
				Map.of("value", "{\"command\":[\"touch\",\"/tmp/pwned\"]}", "type", "Object", "valueInfo",
						Map.of("objectTypeName", "java.lang.ProcessBuilder", "serializationDataFormat",
								"application/json")),
				Map.of("value", "aGVsbG8=", "type", "File", "valueInfo", Map.of("filename", "a.txt")),
				Map.of("value", "aGVsbG8=", "type", "Bytes"), Map.of("value", "<a/>", "type", "Xml"));
		for (Map<String, Object> variable : dangerous) {
			Map<String, Object> variables = new HashMap<>(agencyActionStart("health"));
			variables.put("payload", variable);
			ResponseEntity<String> response = call("ppu-hub.demo", HttpMethod.POST,
					"/engine-rest/process-definition/key/AgencyActionProcess/start", Map.of("variables", variables));
			assertThat(response.getStatusCode()).as(variable.get("type") + ": " + response.getBody())
				.isEqualTo(HttpStatus.BAD_REQUEST);
		}
		String id = overdueAgencyAction("health");
		Task task = taskOf(id, "Task_CompleteAgencyAction");
		ResponseEntity<String> complete = call("health.demo", HttpMethod.POST,
				"/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of("actionOutcome",
						restValue("DONE"), "actionNotes", restValue("x"), "payload", dangerous.get(0))));
		assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(taskOf(id, "Task_CompleteAgencyAction")).isNotNull();
		assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before + 1);
		assertThat(call("ppu-hub.demo", HttpMethod.GET, "/engine-rest/process-instance/" + id + "/variables", null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	static Map<String, Object> agencyActionStart(String agency) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("agency", restValue(agency));
		variables.put("actionDescription", restValue("Share GP records"));
		variables.put("actionDueDate", typed("2030-01-31T17:00:00.000+0000", "Date"));
		variables.put("escalationGroup", restValue("marac-coordinator"));
		variables.put("caseReference", restValue(unique("MARAC")));
		return variables;
	}

	// --- 12. 500 instead of 400, and implausible values stored ---

	@Test
	void shouldAnswer400ForOversizedAndImplausibleInputOnEveryPathAndStoreNothing() throws Exception {
		long before = historyService.createHistoricProcessInstanceQuery().count();
		Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
		bad.put("actionDescription", restValue("x".repeat(1_000_000)));
		bad.put("actionDueDate", typed("1900-01-01T00:00:00.000+0000", "Date"));
		bad.put("agency", restValue("camunda-admin"));
		for (Map.Entry<String, Map<String, Object>> entry : bad.entrySet()) {
			Map<String, Object> variables = new HashMap<>(agencyActionStart("health"));
			variables.put(entry.getKey(), entry.getValue());
			ResponseEntity<String> response = call("ppu-hub.demo", HttpMethod.POST,
					"/engine-rest/process-definition/key/AgencyActionProcess/start", Map.of("variables", variables));
			assertThat(response.getStatusCode()).as(entry.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(json(response).get("message").asText()).as(entry.getKey()).contains(entry.getKey());
		}
		Map<String, Object> farFuture = new HashMap<>(agencyActionStart("health"));
		farFuture.put("actionDueDate", typed("9999-01-01T00:00:00.000+0000", "Date"));
		assertThat(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						Map.of("variables", farFuture))
					.getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<String> longKey = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start",
				Map.of("variables", agencyActionStart("health"), "businessKey", "K".repeat(300)));
		assertThat(longKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(longKey).get("message").asText()).contains("businessKey");
		ResponseEntity<String> ancient = call("frontline.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/DomesticAbuseIncidentProcess/start",
				Map.of("variables", Map.of("incidentAt", typed("0001-01-01T00:00:00.000+0000", "Date"))));
		assertThat(ancient.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(ancient).get("message").asText()).contains("incidentAt");
		ResponseEntity<String> brokenList = call("marac-coordinator.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/MaracCaseProcess/start",
				Map.of("variables",
						Map.of("householdId", restValue(unique("HH")), "victimName", restValue("Victim Example"),
								"maracReferralReason", restValue("PROFESSIONAL_JUDGEMENT"), "referringAgency",
								restValue("idva"), "children", restValue("[{\"childId\": \"C1\""))));
		assertThat(brokenList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(brokenList).get("message").asText()).contains("children");
		assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);

		assertThat(call("cmit.demo", HttpMethod.PUT, "/api/children/" + "C".repeat(150) + "/trigger-plan",
				Map.of("plan", "Known addresses"))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		// A long note within the limit is kept whole (the engine's text column holds
		// 4,000 characters).
		Map<String, Object> longNote = new HashMap<>(agencyActionStart("health"));
		longNote.put("actionDescription", restValue("n".repeat(9_000)));
		ResponseEntity<String> kept = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start", Map.of("variables", longNote));
		assertThat(kept.getStatusCode()).as(kept.getBody()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> readBack = call("ppu-hub.demo", HttpMethod.GET,
				"/engine-rest/process-instance/" + json(kept).get("id").asText() + "/variables/actionDescription",
				null);
		assertThat(json(readBack).get("value").asText()).hasSize(9_000);
		assertThat(json(readBack).get("type").asText()).isEqualTo("String");
	}

	@Test
	void shouldAnswerAnInvalidTasklistSubmissionWith400NamingTheFieldByItsLabel() throws Exception {
		String id = overdueAgencyAction("health");
		Task task = taskOf(id, "Task_CompleteAgencyAction");
		HttpHeaders session = webappSession("health.demo");
		assertThat(webapp(session, HttpMethod.POST, "/task/" + task.getId() + "/claim", Map.of("userId", "health.demo"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<String> submitted = webapp(session, HttpMethod.POST, "/task/" + task.getId() + "/submit-form",
				Map.of("variables", Map.of("actionOutcome", restValue("MAYBE"))));

		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String message = json(submitted).get("message").asText();
		assertThat(message).contains("Outcome").doesNotContain("ENGINE-").doesNotContain("TaskListener");
		assertThat(taskOf(id, "Task_CompleteAgencyAction")).isNotNull();

		ResponseEntity<String> rest400 = call("health.demo", HttpMethod.POST,
				"/engine-rest/task/" + task.getId() + "/submit-form",
				Map.of("variables", Map.of("actionOutcome", restValue("MAYBE"))));
		assertThat(rest400.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// A person reads labels; a system reads the variable names in "violations".
		assertThat(json(rest400).get("message").asText()).contains("Outcome");
		assertThat(json(rest400).get("violations").get(0).asText()).contains("actionOutcome");
	}

	// --- 13. Headers, cookies, the demo database ---

	@Test
	void shouldSendSecurityHeadersOnEveryPath() {
		for (String path : List.of("/engine-rest/task", "/api/me", "/manager/index.html", "/timeline/index.html",
				"/camunda/app/tasklist/default/")) {
			ResponseEntity<String> response = call("team-manager.demo", HttpMethod.GET, path, null);
			HttpHeaders headers = response.getHeaders();
			assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
		}
	}

	@Test
	void shouldNotOpenANetworkPortForTheDemoDatabase() throws Exception {
		try (var yml = getClass().getResourceAsStream("/application.yml")) {
			String text = new String(yml.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(text).contains("jdbc:h2:file:").doesNotContain("AUTO_SERVER");
		}
	}

	// --- The capability matrix of docs/security.md, every group against every process
	// ---

	/** A case of each process, waiting at a task whose candidate group is given. */
	private static final Map<String, String[]> MATRIX_CASES = Map.ofEntries(
			Map.entry("ChildProtectionPlanProcess", new String[] { "Task_VisitChild", "csc-social-worker" }),
			Map.entry("ChildAndFamilyAssessmentProcess",
					new String[] { "Task_CompleteAssessment", "csc-social-worker" }),
			Map.entry("PoliceProtectionProcess", new String[] { "Task_InformLocalAuthority", "police-frontline" }),
			Map.entry("AgencyActionProcess", new String[] { "Task_CompleteAgencyAction", "health" }),
			Map.entry("InvestigationProcess", new String[] { "Task_AllocateInvestigation", "police-ds" }),
			Map.entry("ChildReferralProcess", new String[] { "Task_DecideReferralOutcome", "csc-mash" }),
			Map.entry("StrategyDiscussionProcess",
					new String[] { "Task_ConveneStrategyDiscussion", "csc-team-manager" }),
			Map.entry("Section47EnquiryProcess", new String[] { "Task_SeeChild", "csc-social-worker" }),
			Map.entry("DomesticAbuseIncidentProcess", new String[] { "Task_ReviewDomesticAbuseRisk", "police-ds" }),
			Map.entry("MaracCaseProcess", new String[] { "Task_ListCaseForMeeting", "marac-coordinator" }),
			Map.entry("RsoManagementProcess",
					new String[] { "Task_AllocateOffenderManager", "police-offender-manager" }),
			Map.entry("ChildInCustodyProcess",
					new String[] { "Task_RequestAppropriateAdult", "police-custody-sergeant" }),
			Map.entry("MissingChildProcess", new String[] { "Task_AssessMissingRisk", "police-control-room" }));

	/** Rows of the matrix: process key → column → groups. */
	static Map<String, List<List<String>>> capabilityMatrix() throws Exception {
		String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/security.md"));
		String table = doc.substring(doc.indexOf("<!-- capability-matrix:start -->"),
				doc.indexOf("<!-- capability-matrix:end -->"));
		Map<String, List<List<String>>> rows = new java.util.LinkedHashMap<>();
		for (String line : table.lines().filter(l -> l.startsWith("| `")).toList()) {
			String[] cells = line.split("\\|");
			List<List<String>> columns = new java.util.ArrayList<>();
			for (int i = 2; i < cells.length; i++) {
				List<String> groups = new java.util.ArrayList<>();
				for (String token : cells[i].split(",")) {
					String group = token.strip().replace("`", "");
					if (group.equals("every police group")) {
						groups.addAll(uk.org.safeguard.identity.SafeguardGroups.POLICE);
					}
					else if (!group.isEmpty()) {
						groups.add(group);
					}
				}
				columns.add(groups);
			}
			rows.put(cells[1].strip().replace("`", ""), columns);
		}
		return rows;
	}

	static String demoUserOf(String group) {
		return group.equals("camunda-admin") ? "demo" : group.replaceFirst("^(police|csc)-", "") + ".demo";
	}

	@Test
	void shouldGrantEveryGroupExactlyTheCapabilityMatrix() throws Exception {
		Map<String, List<List<String>>> matrix = capabilityMatrix();
		assertThat(matrix.keySet()).containsExactlyInAnyOrderElementsOf(MATRIX_CASES.keySet());
		Map<String, Object> due = new HashMap<>();
		for (String name : List.of("visitDueAt", "assessmentDueAt", "informLocalAuthorityDueAt", "actionDueDate",
				"allocationDueAt", "mashDecisionDueAt", "conveneDueAt", "seeChildDueAt", "riskReviewDueAt",
				"listingDueAt", "appropriateAdultRequestDueAt", "riskAssessmentDueAt")) {
			due.put(name, hoursFromNow(48));
		}
		due.put("agency", "health");
		due.put("escalationGroup", "marac-coordinator");
		Map<String, String> cases = new HashMap<>();
		MATRIX_CASES.forEach((key, task) -> cases.put(key, caseAt(key, task[0], unique("MATRIX"), due)));

		List<String> groups = new java.util.ArrayList<>(uk.org.safeguard.identity.SafeguardGroups.ALL);
		List<String> mismatches = new java.util.ArrayList<>();
		for (String group : groups) {
			String user = demoUserOf(group);
			boolean admin = group.equals("camunda-admin");
			for (Map.Entry<String, List<List<String>>> row : matrix.entrySet()) {
				String key = row.getKey();
				String id = cases.get(key);
				boolean mayStart = row.getValue().get(0).contains(group);
				boolean mayRead = row.getValue().get(1).contains(group);
				boolean works = admin || MATRIX_CASES.get(key)[1].equals(group);

				HttpStatus start = HttpStatus
					.valueOf(call(user, HttpMethod.POST, "/engine-rest/process-definition/key/" + key + "/start",
							Map.of("variables", Map.of()))
						.getStatusCode()
						.value());
				// A process a group may not even read is as absent to it as one that does
				// not exist.
				expect(mismatches, group, key, "start", mayStart ? "400" : "403 or 404",
						start == HttpStatus.BAD_REQUEST ? "400"
								: start == HttpStatus.FORBIDDEN || start == HttpStatus.NOT_FOUND ? "403 or 404"
										: start.toString());
				int read = json(
						call(user, HttpMethod.GET, "/engine-rest/process-instance?processInstanceIds=" + id, null))
					.size();
				expect(mismatches, group, key, "read", mayRead ? 1 : 0, read);
				int history = json(call(user, HttpMethod.GET,
						"/engine-rest/history/process-instance?processInstanceId=" + id, null))
					.size();
				expect(mismatches, group, key, "read history", mayRead ? 1 : 0, history);
				int tasks = json(call(user, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + id, null)).size();
				expect(mismatches, group, key, "see tasks", works || mayRead ? 1 : 0, tasks);
				if (!works) {
					String taskId = taskOf(id, MATRIX_CASES.get(key)[0]).getId();
					HttpStatus claim = HttpStatus.valueOf(call(user, HttpMethod.POST,
							"/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
						.getStatusCode()
						.value());
					expect(mismatches, group, key, "work", HttpStatus.FORBIDDEN, claim);
				}
				if (!admin) {
					HttpStatus modify = HttpStatus.valueOf(
							call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + id + "/variables/matrixProbe",
									restValue("changed"))
								.getStatusCode()
								.value());
					expect(mismatches, group, key, "modify", true,
							modify == HttpStatus.FORBIDDEN || modify == HttpStatus.NOT_FOUND);
					HttpStatus suspend = HttpStatus
						.valueOf(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + id + "/suspended",
								Map.of("suspended", true))
							.getStatusCode()
							.value());
					expect(mismatches, group, key, "suspend", true,
							suspend == HttpStatus.FORBIDDEN || suspend == HttpStatus.NOT_FOUND);
				}
			}
			boolean mayDeploy = admin || group.equals("process-owner");
			String processId = "SecurityMatrixProbe";
			HttpStatus deployed = HttpStatus
				.valueOf(deploy(user, processId + ".bpmn", model(processId, null, null)).getStatusCode().value());
			expect(mismatches, group, "-", "deploy", mayDeploy ? HttpStatus.OK : HttpStatus.FORBIDDEN, deployed);
		}
		for (String id : cases.values()) {
			assertThat(runtimeService.getVariable(id, "matrixProbe")).isNull();
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).active().count()).isEqualTo(1);
		}
		// The administrator may control cases: the one positive case of "modify".
		assertThat(call("demo", HttpMethod.PUT,
				"/engine-rest/process-instance/" + cases.get("AgencyActionProcess") + "/variables/matrixProbe",
				restValue("admin"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(mismatches).as("group × process × capability differing from docs/security.md").isEmpty();
	}

	private static void expect(List<String> mismatches, String group, String process, String capability,
			Object expected, Object actual) {
		if (!expected.equals(actual)) {
			mismatches
				.add(group + " / " + process + " / " + capability + ": expected " + expected + " but was " + actual);
		}
	}

}
