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
 * The running application through its real HTTP API: domestic abuse incidents and MARAC
 * cases (SPEC 4.5-4.6). Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractDomesticAbuseAndMaracApiTests extends AbstractApiTests {

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

}
