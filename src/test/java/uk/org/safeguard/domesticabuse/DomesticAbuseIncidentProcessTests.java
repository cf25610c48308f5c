package uk.org.safeguard.domesticabuse;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;

class DomesticAbuseIncidentProcessTests extends ProcessEngineTestSupport {

	static final String TWO_CHILDREN = """
			[{"childId":"C-1","name":"Amy","dateOfBirth":"2016-01-01","present":true,
			  "behaviourAndDemeanour":"Hiding upstairs, tearful","words":"Daddy shouted at mummy","schoolName":"Elm Primary"},
			 {"childId":"C-2","name":"Ben","dateOfBirth":"2023-05-05","present":false,
			  "behaviourAndDemeanour":"Asleep in cot","notSpokenToReason":"Too young to speak"}]""";

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(london("2026-11-20T12:00"));
	}

	private ProcessInstance incident(String household, String at, int dash, String risk, String children,
			boolean crime) {
		Map<String, Object> v = new HashMap<>();
		v.put(HOUSEHOLD_ID, household);
		v.put(VICTIM_NAME, "Victoria Example");
		v.put(INCIDENT_AT, london(at));
		v.put(DASH_YES_COUNT, dash);
		v.put(OFFICER_RISK_LEVEL, risk);
		v.put(CHILDREN, children);
		v.put(CRIME_RECORDED, crime);
		if (crime) {
			v.put(CRIME_REFERENCE, "CR-DA-" + household);
		}
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "DA-" + household + "-" + at, v);
		execute(job("Task_StartIncidentWork", pi));
		// As the job executor would: a referral the criteria demand at once
		managementService().createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(TASK_REFER_AT_RECORDING)
			.list()
			.forEach(j -> managementService().executeJob(j.getId()));
		return pi;
	}

	private void review(ProcessInstance pi, String risk) {
		complete(task(TASK_REVIEW_RISK, pi), withVariables(REVIEWED_RISK_LEVEL, risk, RISK_REVIEW_NOTES, "Reviewed"));
	}

	private ProcessInstance maracCaseOf(String household) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("MaracCaseProcess")
			.variableValueEquals(HOUSEHOLD_ID, household)
			.singleResult();
	}

	@Test
	void shouldReferEveryChildToChildrensSocialCareAutomatically() {
		ProcessInstance pi = incident("H-1", "2026-11-19T23:00", 4, "STANDARD", TWO_CHILDREN, false);

		var referrals = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.list();
		Assertions.assertThat(referrals).hasSize(2);
		Assertions.assertThat(referrals)
			.allSatisfy(r -> Assertions.assertThat(runtimeService().getVariable(r.getId(), "concernType"))
				.isEqualTo("DOMESTIC_ABUSE"));
		assertThat(pi).isWaitingAt(TASK_REVIEW_RISK);
		assertThat(task(TASK_REVIEW_RISK, pi)).hasCandidateGroup("police-ds").hasDueDate(london("2026-11-21T12:00"));
	}

	@Test
	void shouldStartAnEmeraldInvestigationWhenACrimeIsRecorded() {
		ProcessInstance pi = incident("H-2", "2026-11-19T23:00", 4, "STANDARD", "[]", true);

		ProcessInstance investigation = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("InvestigationProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult();
		assertThat(investigation).variables()
			.containsEntry("team", "EMERALD")
			.containsEntry("crimeReference", "CR-DA-H-2");
	}

	@Test
	void shouldReferVisibleHighRiskToMaracAtOnceWithoutWaitingForTheDs() {
		identityService().setAuthenticatedUserId("frontline.demo");
		ClockUtil.setCurrentTime(london("2026-11-20T09:00"));
		ProcessInstance pi;
		try {
			pi = incident("H-3", "2026-11-19T23:00", 14, "STANDARD", "[]", false);
		}
		finally {
			identityService().clearAuthentication();
		}

		assertThat(pi).isWaitingAt(TASK_REVIEW_RISK).hasPassed(TASK_REFER_AT_RECORDING);
		// The 28 days count from the referral, not from the incident
		assertThat(maracCaseOf("H-3")).variables()
			.containsEntry(MARAC_REFERRAL_REASON, "VISIBLE_HIGH_RISK")
			.containsEntry("referredAt", london("2026-11-20T09:00"))
			.containsEntry("investigatingOfficer", "frontline.demo");

		review(pi, "STANDARD");
		assertThat(pi).isEnded().hasPassed("EndEvent_ReferredAtRecording").hasNotPassed("Task_ReferToMarac");
	}

	@Test
	void shouldReferWhenTheSupervisorRaisesTheRiskToHigh() {
		ProcessInstance pi = incident("H-4", "2026-11-19T23:00", 5, "MEDIUM", "[]", false);
		review(pi, "HIGH");

		assertThat(pi).variables().containsEntry(MARAC_REFERRAL_REASON, "PROFESSIONAL_JUDGEMENT");
	}

	@Test
	void shouldReferAThirdIncidentInTwelveMonthsAsPotentialEscalation() {
		ProcessInstance older = incident("H-5", "2025-05-01T20:00", 2, "STANDARD", "[]", false);
		review(older, "STANDARD");
		ProcessInstance first = incident("H-5", "2026-01-10T20:00", 2, "STANDARD", "[]", false);
		review(first, "STANDARD");
		ProcessInstance second = incident("H-5", "2026-06-10T20:00", 2, "STANDARD", "[]", false);
		review(second, "STANDARD");
		assertThat(second).hasPassed("EndEvent_NoMaracReferral").variables().containsEntry(INCIDENTS_LAST_12_MONTHS, 2);

		ProcessInstance third = incident("H-5", "2026-11-19T23:00", 3, "STANDARD", "[]", false);
		review(third, "STANDARD");

		assertThat(third).variables()
			.containsEntry(INCIDENTS_LAST_12_MONTHS, 3)
			.containsEntry(MARAC_REFERRAL_IN_LAST_12_MONTHS, false)
			.containsEntry(MARAC_REFERRAL_REASON, "POTENTIAL_ESCALATION");
	}

	@Test
	void shouldCountAnIncidentRecordedLateWhereItHappened() {
		ProcessInstance recent = incident("H-6", "2026-11-01T20:00", 2, "STANDARD", "[]", false);
		review(recent, "STANDARD");

		ProcessInstance late = incident("H-6", "2025-08-01T20:00", 2, "STANDARD", "[]", false);

		assertThat(late).variables().containsEntry(INCIDENTS_LAST_12_MONTHS, 1);
	}

	@Test
	void shouldTreatAnIncidentWithinTwelveMonthsOfAReferralAsARepeatOnTheOpenCase() {
		Date now = ClockUtil.getCurrentTime();
		ClockUtil.setCurrentTime(london("2026-06-02T08:00"));
		ProcessInstance first = incident("H-7", "2026-06-01T20:00", 15, "HIGH", "[]", false);
		review(first, "HIGH");
		ProcessInstance maracCase = maracCaseOf("H-7");
		ClockUtil.setCurrentTime(now);

		ProcessInstance repeat = incident("H-7", "2026-11-19T23:00", 1, "STANDARD", "[]", false);
		review(repeat, "STANDARD");

		assertThat(repeat).variables().containsEntry(MARAC_REFERRAL_REASON, "REPEAT");
		assertThat(maracCase).isWaitingAt("Task_ReviewNewIncident");
		Assertions
			.assertThat(runtimeService().createProcessInstanceQuery()
				.processDefinitionKey("MaracCaseProcess")
				.variableValueEquals(HOUSEHOLD_ID, "H-7")
				.count())
			.isEqualTo(1);
	}

	@Test
	void shouldNotReferAFirstStandardIncident() {
		ProcessInstance pi = incident("H-8", "2026-11-19T23:00", 3, "STANDARD", "[]", false);
		review(pi, "STANDARD");

		assertThat(pi).isEnded().hasPassed("EndEvent_NoMaracReferral");
	}

	@Test
	void shouldEscalateAnOverdueRiskReviewToTheDi() {
		ProcessInstance pi = incident("H-9", "2026-11-19T23:00", 3, "STANDARD", "[]", false);

		execute(job("BoundaryEvent_RiskReviewOverdue", pi));

		assertThat(task(TASK_CHASE_RISK_REVIEW, pi)).hasCandidateGroup("police-di");
	}

	@Test
	void shouldNeverLetTheReviewLowerTheRisk() {
		ProcessInstance pi = incident("H-10", "2026-11-19T23:00", 3, "HIGH", "[]", false);
		String taskId = task(TASK_REVIEW_RISK, pi).getId();

		Assertions
			.assertThatThrownBy(() -> taskService().complete(taskId,
					Map.of(REVIEWED_RISK_LEVEL, "MEDIUM", RISK_REVIEW_NOTES, "Calmer now")))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("never lower");
	}

	@Test
	void shouldRefuseAChildWithoutBehaviourAndDemeanourABadDashCountAndNoHousehold() {
		Map<String, Object> v = new HashMap<>();
		v.put(VICTIM_NAME, "Victoria Example");
		v.put(INCIDENT_AT, london("2026-11-19T23:00"));
		v.put(DASH_YES_COUNT, 28);
		v.put(OFFICER_RISK_LEVEL, "STANDARD");
		v.put(CHILDREN, "[{\"childId\":\"C-1\",\"name\":\"Amy\",\"dateOfBirth\":\"2016-01-01\",\"present\":true}]");
		v.put(CRIME_RECORDED, false);

		Assertions.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, v))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll(HOUSEHOLD_ID, DASH_YES_COUNT, "children[0].behaviourAndDemeanour",
					"children[0].words or children[0].notSpokenToReason");
		Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
	}

}
