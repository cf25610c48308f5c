package uk.org.safeguard.system;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: investigation supervision (SPEC
 * 4.4): imports, escalation, the supervision report. Runs on H2 and PostgreSQL (the
 * subclasses).
 */
abstract class AbstractInvestigationSupervisionApiTests extends AbstractApiTests {

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

}
