package uk.org.safeguard.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.org.safeguard.calendar.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC section 9 through the real HTTP API: other systems send work in exactly once,
 * every read of a case and every refusal is in the access audit, and a child's record can
 * be exported, as far as the reader may see it. Runs on H2 and PostgreSQL (the
 * subclasses).
 */
abstract class AbstractIntakeAuditExportTests extends AbstractApiTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	javax.sql.DataSource dataSource;

	static Map<String, Object> referral(String childId) {
		Map<String, Object> body = new HashMap<>();
		body.put("childId", childId);
		body.put("childName", "Sam Example");
		body.put("childDateOfBirth", "2015-03-14");
		body.put("concernType", "NEGLECT");
		body.put("concernSummary", "Found alone at home at night");
		body.put("incidentAt", "2026-11-28T02:00:00Z");
		body.put("incidentLocation", "12 High Street, Bedford");
		body.put("immediateRisk", false);
		body.put("childBehaviourAndDemeanour", "Withdrawn and hungry");
		body.put("childWords", "Mum goes out at night");
		return body;
	}

	ResponseEntity<String> intake(String user, String processKey, String key, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth(user, "demo");
		if (key != null) {
			headers.add("Idempotency-Key", key);
		}
		ResponseEntity<String> response = rest.exchange("/api/intake/" + processKey, HttpMethod.POST,
				new HttpEntity<>(body, headers), String.class);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isNotEqualTo(500);
		return response;
	}

	long casesOfChild(String childId) {
		return historyService.createHistoricProcessInstanceQuery().variableValueEquals("childId", childId).count();
	}

	// --- Intake ---

	@Test
	void shouldStartAReferralOnceForOneIdempotencyKeyAndAnswerReplaysWithTheFirstAnswer() throws Exception {
		String childId = unique("C-INTAKE");
		String key = unique("police-records:incident");
		Map<String, Object> body = new HashMap<>(referral(childId));
		body.put("businessKey", unique("REF"));

		ResponseEntity<String> first = intake("integration.demo", "ChildReferralProcess", key, body);
		assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
		String id = json(first).get("processInstanceId").asText();
		assertThat(json(first).get("businessKey").asText()).isEqualTo(body.get("businessKey"));
		assertThat(first.getHeaders().getLocation()).hasToString("/engine-rest/process-instance/" + id);
		// Types from plain JSON: the incident time is a date, immediate risk a boolean.
		assertThat(runtimeService.getVariable(id, "incidentAt")).isInstanceOf(Date.class);
		assertThat(runtimeService.getVariable(id, "immediateRisk")).isEqualTo(false);

		ResponseEntity<String> replay = intake("integration.demo", "ChildReferralProcess", key, body);
		assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(replay).get("processInstanceId").asText()).isEqualTo(id);

		Map<String, Object> different = new HashMap<>(body);
		different.put("concernSummary", "Something else");
		assertThat(intake("integration.demo", "ChildReferralProcess", key, different).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(casesOfChild(childId)).isEqualTo(1);
	}

	@Test
	void shouldCreateOneCaseWhenTwentyRequestsWithOneKeyArriveTogether() throws Exception {
		String childId = unique("C-PARALLEL");
		String key = unique("custody-system:arrest");
		Map<String, Object> body = referral(childId);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<ResponseEntity<String>>> requests = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				requests.add(() -> intake("integration.demo", "ChildReferralProcess", key, body));
			}
			List<ResponseEntity<String>> answers = new ArrayList<>();
			for (Future<ResponseEntity<String>> answer : pool.invokeAll(requests)) {
				answers.add(answer.get());
			}
			assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.CREATED).hasSize(1);
			assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.OK).hasSize(19);
			Set<String> ids = new java.util.HashSet<>();
			for (ResponseEntity<String> answer : answers) {
				ids.add(json(answer).get("processInstanceId").asText());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(casesOfChild(childId)).isEqualTo(1);
	}

	@Test
	void shouldRefuseBadIntakeWithTheRightAnswerAndKeepTheKeyFreeUntilACaseStarts() throws Exception {
		String childId = unique("C-BAD");
		String key = unique("la-case-management");
		Map<String, Object> incomplete = new HashMap<>(referral(childId));
		incomplete.remove("childName");
		incomplete.put("incidentAt", "28 Nov 2026");

		ResponseEntity<String> bad = intake("integration.demo", "ChildReferralProcess", key, incomplete);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(bad).get("message").asText()).contains("childName").contains("incidentAt");
		assertThat(casesOfChild(childId)).isZero();
		// Nothing was kept: the same key with corrected data starts the case.
		assertThat(intake("integration.demo", "ChildReferralProcess", key, referral(childId)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);

		assertThat(intake("integration.demo", "ChildReferralProcess", null, referral(childId)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(intake("integration.demo", "ChildReferralProcess", unique("k"), List.of(1, 2)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(intake("education.demo", "ChildReferralProcess", unique("k"), referral(unique("C"))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(intake("integration.demo", "MaracCaseProcess", unique("k"), Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		// A police officer may use the intake too, for what they may start.
		assertThat(intake("frontline.demo", "ChildReferralProcess", unique("k"), referral(unique("C"))).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(casesOfChild(childId)).isEqualTo(1);
	}

	// --- OpenAPI ---

	@Test
	void shouldDescribeEveryEndpointOfTheApiInTheOpenApiDocument() throws Exception {
		ResponseEntity<String> response = call("integration.demo", HttpMethod.GET, "/api/openapi.json", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode document = json(response);
		Set<String> documented = new java.util.HashSet<>();
		document.get("paths").fieldNames().forEachRemaining(documented::add);

		List<String> undocumented = new ArrayList<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.stream()
				.filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith("/api/openapi"))
				.filter(pattern -> !documented.contains(pattern))
				.forEach(undocumented::add));
		assertThat(undocumented).as("endpoints of /api missing from /api/openapi.json").isEmpty();
		assertThat(document.at("/paths/~1api~1intake~1{processKey}/post/requestBody").toString()).contains("examples")
			.contains("childId");
	}

	// --- Access audit ---

	@Test
	void shouldShowInformationGovernanceWhoReadAChildsMaracTaskYesterdayAndWhoWasRefused() throws Exception {
		String childId = unique("C-AUDIT");
		String household = unique("HH");
		caseAt("ChildReferralProcess", "Task_DecideReferralOutcome", unique("REF"), Map.of("childId", childId,
				"childName", "Sam Example", "householdId", household, "mashDecisionDueAt", hoursFromNow(24)));
		String marac = caseAt("MaracCaseProcess", "Task_ResearchCase#multiInstanceBody", unique("MARAC"),
				Map.of("householdId", household, "victimName", "Victim Example", "meetingDate", hoursFromNow(240)));
		Task healthTask = taskService.createTaskQuery()
			.processInstanceId(marac)
			.taskCandidateGroup("health")
			.singleResult();

		Instant yesterday = Instant.now().minusSeconds(24 * 3600);
		ClockUtil.setCurrentTime(Date.from(yesterday));
		assertThat(call("health.demo", HttpMethod.GET, "/engine-rest/task/" + healthTask.getId() + "/variables", null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(
				call("education.demo", HttpMethod.GET, "/engine-rest/task/" + healthTask.getId() + "/variables", null)
					.getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		HttpHeaders session = webappSession("health.demo");
		assertThat(webapp(session, HttpMethod.GET, "/task/" + healthTask.getId() + "/form-variables", null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ClockUtil.reset();

		assertThat(call("health.demo", HttpMethod.GET, "/api/audit?childId=" + childId, null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		String day = LocalDate.ofInstant(yesterday, WorkingDays.ZONE).toString();
		ResponseEntity<String> found = call("information-governance.demo", HttpMethod.GET,
				"/api/audit?childId=" + childId + "&from=" + day + "&to=" + day, null);
		assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
		List<String> seen = new ArrayList<>();
		for (JsonNode entry : json(found).get("entries")) {
			seen.add(entry.get("userId").asText() + " " + entry.get("outcome").asText() + " "
					+ entry.get("processInstanceId").asText() + " " + entry.get("path").asText());
		}
		assertThat(seen).anyMatch(e -> e.startsWith("health.demo ALLOWED " + marac + " /engine-rest/task/"))
			.anyMatch(e -> e.startsWith("education.demo REFUSED " + marac + " /engine-rest/task/"))
			.anyMatch(e -> e.startsWith("health.demo ALLOWED " + marac + " /camunda/api/engine/"));

		// Append-only: no path to change it, and on PostgreSQL the database refuses too.
		assertThat(call("demo", HttpMethod.DELETE, "/api/audit", null).getStatusCode())
			.isIn(HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_FOUND);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		if (jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL()).startsWith("jdbc:postgresql")) {
			assertThatThrownBy(() -> jdbc.update("delete from SG_ACCESS_AUDIT")).hasMessageContaining("append-only");
			assertThatThrownBy(() -> jdbc.update("update SG_ACCESS_AUDIT set USER_ID = 'nobody'"))
				.hasMessageContaining("append-only");
		}
	}

	// --- Export ---

	@Test
	void shouldExportAChildsThreeCasesWithTheirDeadlinesAsFarAsTheReaderMaySee() throws Exception {
		String childId = unique("C-EXPORT");
		Map<String, Object> child = Map.of("childId", childId, "childName", "Riley Example");
		Map<String, Object> referral = new HashMap<>(child);
		referral.put("mashDecisionDueAt", hoursFromNow(-30));
		String referralId = caseAt("ChildReferralProcess", "Task_DecideReferralOutcome", "REF-EXPORT-1", referral);
		Map<String, Object> action = new HashMap<>();
		action.put("parentProcessInstanceId", referralId);
		action.put("agency", "health");
		action.put("actionDescription", "Share GP records with the MASH");
		action.put("actionDueDate", hoursFromNow(-2));
		action.put("escalationGroup", "csc-team-manager");
		action.put("caseReference", "REF-EXPORT-1");
		caseAt("AgencyActionProcess", "Task_CompleteAgencyAction", "ACT-EXPORT", action);
		Map<String, Object> strategy = new HashMap<>(child);
		strategy.put("conveneDueAt", hoursFromNow(20));
		caseAt("StrategyDiscussionProcess", "Task_ConveneStrategyDiscussion", "SD-EXPORT-2", strategy);
		Map<String, Object> enquiry = new HashMap<>(child);
		enquiry.put("seeChildDueAt", hoursFromNow(40));
		enquiry.put("section47OutcomeRationale", "Bruising explained by a fall, seen by the GP");
		caseAt("Section47EnquiryProcess", "Task_SeeChild", "S47-EXPORT-3", enquiry);

		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("team-manager.demo", "demo");
		ResponseEntity<byte[]> pdf = rest.exchange("/api/children/" + childId + "/record.pdf", HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		String text;
		try (var document = Loader.loadPDF(pdf.getBody())) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("Riley Example")
			.contains(childId)
			.contains("3 cases")
			.contains("Child referral — REF-EXPORT-1")
			.contains("Strategy discussion — SD-EXPORT-2")
			.contains("Section 47 enquiry — S47-EXPORT-3")
			.contains("Decide referral outcome")
			.contains("deadline overdue (open)")
			.contains("deadline open, in time")
			.contains("Section47 outcome rationale: Bruising explained by a fall")
			.contains("Agency actions")
			.contains("health: Share GP records with the MASH");
		Date seeChildDue = taskService.createTaskQuery()
			.taskDefinitionKey("Task_SeeChild")
			.processVariableValueEquals("childId", childId)
			.singleResult()
			.getDueDate();
		assertThat(text).contains("due " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.format(seeChildDue.toInstant().atZone(WorkingDays.ZONE)));
		assertThat(text.indexOf("REF-EXPORT-1")).isLessThan(text.indexOf("SD-EXPORT-2"));

		ResponseEntity<String> csv = call("team-manager.demo", HttpMethod.GET,
				"/api/children/" + childId + "/record.csv", null);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getBody().lines()).first().asString().startsWith("childId,childName,process");
		assertThat(csv.getBody()).contains("REF-EXPORT-1")
			.contains("SD-EXPORT-2")
			.contains("S47-EXPORT-3")
			.contains("overdue (open)");

		// Someone whose groups read none of these cases gets a record without them.
		headers.setBasicAuth("education.demo", "demo");
		ResponseEntity<byte[]> none = rest.exchange("/api/children/" + childId + "/record.pdf", HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
		try (var document = Loader.loadPDF(none.getBody())) {
			assertThat(new PDFTextStripper().getText(document)).contains("No cases you may read")
				.doesNotContain("Riley Example")
				.doesNotContain("REF-EXPORT-1");
		}
		// Every export is in the audit.
		JsonNode audit = json(
				call("information-governance.demo", HttpMethod.GET, "/api/audit?childId=" + childId, null));
		List<String> exports = new ArrayList<>();
		audit.get("entries").forEach(e -> exports.add(e.get("userId").asText() + " " + e.get("path").asText()));
		assertThat(exports).contains("team-manager.demo /api/children/" + childId + "/record.pdf",
				"team-manager.demo /api/children/" + childId + "/record.csv",
				"education.demo /api/children/" + childId + "/record.pdf");
	}

	@Test
	void shouldShowTheAuditPageOnlyWithInformationGovernanceData() {
		ResponseEntity<String> page = call("information-governance.demo", HttpMethod.GET, "/audit/index.html", null);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).doesNotContain("unsafe-inline");
		assertThat(call("health.demo", HttpMethod.GET, "/api/audit", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call("demo", HttpMethod.GET, "/api/audit?from=nonsense", null).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
