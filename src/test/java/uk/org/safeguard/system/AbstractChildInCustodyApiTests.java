package uk.org.safeguard.system;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: children in custody (SPEC 4.9). Runs
 * on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractChildInCustodyApiTests extends AbstractApiTests {

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

}
