package uk.org.safeguard.system;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: referral, strategy discussion and
 * section 47 enquiry (SPEC 4.1-4.3). Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractChildProtectionPathwayApiTests extends AbstractApiTests {

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
			// ... and the 45-working-day assessment, counted from the referral's arrival
			// at the MASH
			String assessment = childInstance("ChildAndFamilyAssessmentProcess", referral);
			assertThat(dueOf(taskJson("social-worker.demo",
					singleTask("social-worker.demo", assessment, "Task_CompleteAssessment"))))
				.isEqualTo(workingDaysAfter((java.util.Date) historyService.createHistoricVariableInstanceQuery()
					.processInstanceId(referral)
					.variableName("sentToMashAt")
					.singleResult()
					.getValue(), 45));
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
			// The child's timeline names the child and shows the agreed actions; a
			// manager finds
			// the child by part of the name; a group that may read none of it finds
			// nobody.
			String childId = (String) historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(strategy)
				.variableName("childId")
				.singleResult()
				.getValue();
			String childName = (String) historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(strategy)
				.variableName("childName")
				.singleResult()
				.getValue();
			JsonNode timeline = json(
					call("team-manager.demo", HttpMethod.GET, "/api/children/" + childId + "/timeline", null));
			assertThat(timeline.get("childName").asText()).isEqualTo(childName);
			assertThat(timeline.get("entries").findValuesAsText("processKey")).contains("AgencyActionProcess");
			String part = childName.substring(1, 6).toUpperCase();
			JsonNode found = json(call("team-manager.demo", HttpMethod.GET, "/api/children?name=" + part, null));
			assertThat(found.findValuesAsText("childId")).contains(childId);
			assertThat(json(call("offender-manager.demo", HttpMethod.GET, "/api/children?name=" + part, null)))
				.isEmpty();
			assertThat(call(null, HttpMethod.GET, "/api/children?name=" + part, null).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(call("team-manager.demo", HttpMethod.GET, "/api/children?name=x", null).getStatusCode())
				.isEqualTo(HttpStatus.BAD_REQUEST);
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
			String plan = childInstance("ChildProtectionPlanProcess", enquiry);
			assertThat(dueOf(
					taskJson("social-worker.demo", singleTask("social-worker.demo", plan, "Task_HoldFirstCoreGroup"))))
				.isEqualTo(london("2027-01-22T11:00"));
			assertThat(dueOf(taskJson("social-worker.demo", singleTask("social-worker.demo", plan, "Task_VisitChild"))))
				.isEqualTo(london("2027-01-22T11:00"));
			assertThat(dueOf(
					taskJson("team-manager.demo", singleTask("team-manager.demo", plan, "Task_HoldReviewConference"))))
				.isEqualTo(london("2027-04-08T11:00"));
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	private static java.util.Date workingDaysAfter(java.util.Date from, int days) {
		return new uk.org.safeguard.calendar.WorkingDays(java.util.List.of()).after(from, days);
	}

}
