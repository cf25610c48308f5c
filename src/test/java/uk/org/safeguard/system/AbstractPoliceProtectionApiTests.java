package uk.org.safeguard.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Police protection (SPEC section 8) through the real REST API and the intake API: who
 * may take part, bad input, and the figure it feeds.
 */
abstract class AbstractPoliceProtectionApiTests extends AbstractApiTests {

	private static Map<String, Object> protection(String childId, Date protectedAt) {
		Map<String, Object> v = new HashMap<>();
		v.put("childId", restValue(childId));
		v.put("childName", restValue("Pat Example"));
		v.put("childDateOfBirth", restValue("2014-02-02"));
		v.put("protectedAt", restDate(protectedAt));
		v.put("placeOfSafety", restValue("Emergency foster placement"));
		v.put("reason", restValue("Found alone at home, no adult for two days"));
		return v;
	}

	private ResponseEntity<String> start(String user, String reference, Map<String, Object> variables) {
		return call(user, HttpMethod.POST, "/engine-rest/process-definition/key/PoliceProtectionProcess/start",
				Map.of("businessKey", reference, "variables", variables));
	}

	@Test
	void shouldTakeAChildIntoPoliceProtectionAndEndItWithin72Hours() throws Exception {
		String reference = unique("PP");
		Date protectedAt = Date.from(Instant.now().minus(Duration.ofHours(2)));
		ResponseEntity<String> started = start("frontline.demo", reference, protection(unique("C-PP"), protectedAt));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		String id = json(started).get("id").asText();
		runJobs(id);

		String strategy = childInstance("StrategyDiscussionProcess", id);
		assertThat(runtimeService.getVariable(strategy, "urgency")).isEqualTo("IMMEDIATE");
		String inform = singleTask("frontline.demo", id, "Task_InformLocalAuthority");
		assertThat(dueOf(taskJson("frontline.demo", inform)))
			.isEqualTo(Date.from(protectedAt.toInstant().plus(Duration.ofHours(1))));
		completeAs("frontline.demo", inform, Map.of("localAuthorityInformedAt", restDate(new Date()),
				"localAuthorityContact", restValue("EDT, Jo Smith, 01234 567890")));
		completeAs("team-manager.demo", singleTask("team-manager.demo", id, "Task_DecideEpoApplication"),
				Map.of("epoApplied", restValue(false), "epoDecisionReason", restValue("Aunt can care for him")));
		// A frontline officer may not end a protection: only the designated officer's
		// rank may.
		assertThat(call("frontline.demo", HttpMethod.GET,
				"/engine-rest/task?processInstanceId=" + id + "&taskDefinitionKey=Task_EndPoliceProtection", null)
			.getBody()).isEqualTo("[]");
		completeAs("inspector.demo", singleTask("inspector.demo", id, "Task_EndPoliceProtection"),
				Map.of("endedAt", restDate(new Date()), "outcome", restValue("RETURNED_HOME")));

		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
		var figures = json(call("demo", HttpMethod.GET, "/api/inspection-figures", null))
			.get("policeProtectionsEndedWithin72Hours");
		assertThat(figures.get("count").asLong()).isPositive();
		assertThat(figures.get("total").asLong()).isGreaterThanOrEqualTo(figures.get("count").asLong());
	}

	@Test
	void shouldRefuseAProtectionInTheFutureNamingTheFieldAndNonPoliceStarters() throws Exception {
		String reference = unique("PP-BAD");
		ResponseEntity<String> future = start("frontline.demo", reference,
				protection(unique("C-PP"), Date.from(Instant.now().plus(Duration.ofHours(3)))));

		assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(future).get("message").asText()).contains("protectedAt");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
		assertThat(start("health.demo", unique("PP-H"), protection(unique("C-PP"), new Date())).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldAcceptAPoliceProtectionFromAnotherSystemThroughTheIntakeApi() throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("businessKey", unique("PP-INTAKE"));
		body.put("childId", unique("C-PP"));
		body.put("childName", "Pat Example");
		body.put("childDateOfBirth", "2014-02-02");
		body.put("protectedAt", Instant.now().minus(Duration.ofMinutes(30)).toString());
		body.put("placeOfSafety", "Police station family room");
		body.put("reason", "Parents arrested, no carer");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth("integration.demo", "demo");
		headers.add("Idempotency-Key", unique("police-records:pp"));

		ResponseEntity<String> created = rest.exchange("/api/intake/PoliceProtectionProcess", HttpMethod.POST,
				new HttpEntity<>(body, headers), String.class);

		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
		String id = json(created).get("processInstanceId").asText();
		assertThat(runtimeService.getVariable(id, "policeProtectionExpiresAt")).isInstanceOf(Date.class);
	}

}
