package uk.org.safeguard.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: missing children and trigger plans
 * (SPEC 4.10). Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractMissingChildrenApiTests extends AbstractApiTests {

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

}
