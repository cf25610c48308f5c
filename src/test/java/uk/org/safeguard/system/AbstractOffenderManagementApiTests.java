package uk.org.safeguard.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: registered sex offender management
 * (SPEC 4.8). Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractOffenderManagementApiTests extends AbstractApiTests {

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
		visit.put("childContactId", restValue("C-SAM"));
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

}
