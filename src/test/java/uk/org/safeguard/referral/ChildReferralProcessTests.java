package uk.org.safeguard.referral;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.referral.ChildReferralProcess.*;

class ChildReferralProcessTests extends ProcessEngineTestSupport {

	/** Thursday 24 December 2026, 10:00 in London. */
	private static final Date CHRISTMAS_EVE = london("2026-12-24T10:00");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(CHRISTMAS_EVE);
		identityService().setAuthenticatedUserId("frontline.demo");
	}

	@AfterEach
	void signOut() {
		identityService().clearAuthentication();
	}

	static Map<String, Object> referral() {
		Map<String, Object> v = new HashMap<>();
		v.put(CHILD_ID, "C-1001");
		v.put(CHILD_NAME, "Amy Example");
		v.put(CHILD_DATE_OF_BIRTH, "2015-03-02");
		v.put(CONCERN_TYPE, "NEGLECT");
		v.put(CONCERN_SUMMARY, "Found alone at home at night");
		v.put(INCIDENT_AT, london("2026-12-23T21:30"));
		v.put(INCIDENT_LOCATION, "12 High Street, Bedford");
		v.put(IMMEDIATE_RISK, false);
		v.put(CHILD_BEHAVIOUR_AND_DEMEANOUR, "Quiet, hungry, withdrawn");
		v.put(CHILD_WORDS, "Mummy goes out at night");
		return v;
	}

	private ProcessInstance refer(Map<String, Object> variables) {
		return runtimeService().startProcessInstanceByKey(KEY, "REF-1", variables);
	}

	private void approve(ProcessInstance pi) {
		complete(task(TASK_REVIEW_QUALITY, pi), withVariables(REFERRAL_QUALITY, "APPROVED"));
		execute(job("Task_SendToMash", pi));
	}

	@Test
	void shouldAskThePublicProtectionHubToReviewTheReferralWithin24Hours() {
		ProcessInstance pi = refer(referral());

		assertThat(pi).isWaitingAt(TASK_REVIEW_QUALITY).hasPassed("EndEvent_NoSchoolToNotify");
		assertThat(task(TASK_REVIEW_QUALITY, pi)).hasCandidateGroup("police-ppu-hub")
			.hasDueDate(Date.from(CHRISTMAS_EVE.toInstant().plus(Duration.ofHours(24))));
		assertThat(pi).variables().containsEntry(REFERRING_OFFICER, "frontline.demo");
	}

	@Test
	void shouldReturnAPoorReferralToTheOfficerAndReviewItAgain() {
		ProcessInstance pi = refer(referral());

		complete(task(TASK_REVIEW_QUALITY, pi),
				withVariables(REFERRAL_QUALITY, "RETURNED", QUALITY_FEEDBACK, "Add the sibling's details"));
		assertThat(task(TASK_CORRECT, pi)).isAssignedTo("frontline.demo");
		complete(task(TASK_CORRECT, pi), withVariables(CONCERN_SUMMARY, "Found alone; sibling aged 3 also home"));

		assertThat(pi).isWaitingAt(TASK_REVIEW_QUALITY);
	}

	@Test
	void shouldGiveTheMashOneWorkingDayFromSendingOverChristmas() {
		ProcessInstance pi = refer(referral());

		approve(pi);

		assertThat(pi).isWaitingAt(TASK_DECIDE_OUTCOME).variables().containsEntry(SENT_TO_MASH_AT, CHRISTMAS_EVE);
		assertThat(task(TASK_DECIDE_OUTCOME, pi)).hasCandidateGroup("csc-mash").hasDueDate(london("2026-12-29T10:00"));
	}

	@Test
	void shouldGiveTheMashFourHoursWhenTheChildIsAtImmediateRisk() {
		Map<String, Object> variables = referral();
		variables.put(IMMEDIATE_RISK, true);
		ProcessInstance pi = refer(variables);

		// At once, before any quality review (SPEC section 8); the review follows.
		assertThat(pi).isWaitingAt(TASK_REVIEW_QUALITY, TASK_DECIDE_OUTCOME)
			.variables()
			.containsEntry(SENT_TO_MASH_AT, CHRISTMAS_EVE);
		assertThat(task(TASK_DECIDE_OUTCOME, pi)).hasDueDate(london("2026-12-24T14:00"));

		complete(task(TASK_REVIEW_QUALITY, pi), withVariables(REFERRAL_QUALITY, "APPROVED"));
		assertThat(pi).hasPassed("EndEvent_ReviewedRetrospectively").isWaitingAt(TASK_DECIDE_OUTCOME);
		Assertions
			.assertThat(managementService().createJobQuery()
				.processInstanceId(pi.getId())
				.activityId("Task_SendToMash")
				.count())
			.isZero();
	}

	@Test
	void shouldEscalateAnOverdueQualityReviewToTheDs() {
		ProcessInstance pi = refer(referral());

		execute(job("BoundaryEvent_ReviewOverdue", pi));

		assertThat(task(TASK_CHASE_QUALITY_REVIEW, pi)).hasCandidateGroup("police-ds");
		Assertions
			.assertThat(taskService().getVariableLocal(task(TASK_CHASE_QUALITY_REVIEW, pi).getId(), "escalationOf"))
			.isEqualTo(TASK_REVIEW_QUALITY);
		assertThat(pi).isWaitingAt(TASK_REVIEW_QUALITY, TASK_CHASE_QUALITY_REVIEW);
	}

	@Test
	void shouldEscalateAnOverdueMashDecisionToTheTeamManager() {
		ProcessInstance pi = refer(referral());
		approve(pi);

		execute(job("BoundaryEvent_DecisionOverdue", pi));

		assertThat(task(TASK_CHASE_DECISION, pi)).hasCandidateGroup("csc-team-manager");
		assertThat(pi).isWaitingAt(TASK_DECIDE_OUTCOME, TASK_CHASE_DECISION);
	}

	@Test
	void shouldStartAStrategyDiscussionWhenTheMashDecidesOne() {
		ProcessInstance pi = refer(referral());
		approve(pi);

		complete(task(TASK_DECIDE_OUTCOME, pi),
				withVariables(MASH_DECISION, "STRATEGY_DISCUSSION", MASH_DECISION_REASON, "Significant harm likely"));
		execute(job("Task_StartStrategyDiscussion", pi));
		execute(job(TASK_START_ASSESSMENT, pi));

		assertThat(pi).isEnded().hasPassed("EndEvent_AssessmentStarted");
		ProcessInstance assessment = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("ChildAndFamilyAssessmentProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult();
		// 45 working days from the referral reaching the MASH, over Christmas
		assertThat(assessment).variables()
			.containsEntry("referralReceivedAt", CHRISTMAS_EVE)
			.containsEntry("assessmentDueAt", london("2027-03-02T10:00"));
		ProcessInstance strategy = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("StrategyDiscussionProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult();
		assertThat(strategy).isWaitingAt("Task_ConveneStrategyDiscussion")
			.variables()
			.containsEntry("childId", "C-1001")
			.containsEntry("urgency", "STANDARD");
		Assertions.assertThat(strategy.getBusinessKey()).isEqualTo("REF-1");
	}

	@Test
	void shouldEndWithoutAStrategyDiscussionForOtherDecisions() {
		ProcessInstance pi = refer(referral());
		approve(pi);

		complete(task(TASK_DECIDE_OUTCOME, pi), withVariables(MASH_DECISION, "EARLY_HELP", MASH_DECISION_REASON,
				"Family support offered", "familyConsent", true));

		assertThat(pi).isEnded().hasPassed("EndEvent_ReferralDecided");
	}

	@Test
	void shouldStartAnAssessmentForSection17AndRecordWhyConsentWasNotObtained() {
		ProcessInstance pi = refer(referral());
		approve(pi);

		assertThatThrownBy(() -> complete(task(TASK_DECIDE_OUTCOME, pi),
				withVariables(MASH_DECISION, "SECTION_17", MASH_DECISION_REASON, "Needs support")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("familyConsent");
		assertThatThrownBy(() -> complete(task(TASK_DECIDE_OUTCOME, pi),
				withVariables(MASH_DECISION, "SECTION_17", MASH_DECISION_REASON, "Needs support", "familyConsent",
						false)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("consentNotObtainedReason");

		complete(task(TASK_DECIDE_OUTCOME, pi), withVariables(MASH_DECISION, "SECTION_17", MASH_DECISION_REASON,
				"Needs support", "familyConsent", false, "consentNotObtainedReason", "Mother could not be reached"));
		execute(job(TASK_START_ASSESSMENT, pi));
		assertThat(pi).isEnded().hasPassed("EndEvent_AssessmentStarted").hasNotPassed("Task_StartStrategyDiscussion");
	}

	@Test
	void shouldNotifyTheChildsSchoolBefore8OnTheFirstSchoolDayAfterDomesticAbuse() {
		Map<String, Object> variables = referral();
		variables.put(CONCERN_TYPE, "DOMESTIC_ABUSE");
		variables.put(SCHOOL_NAME, "Elm Primary");
		variables.put(INCIDENT_AT, london("2026-12-11T22:00"));
		ProcessInstance pi = refer(variables);

		assertThat(task(TASK_NOTIFY_SCHOOL, pi)).hasCandidateGroup("police-ppu-hub")
			.hasDueDate(london("2026-12-14T08:00"));
		complete(task(TASK_NOTIFY_SCHOOL, pi), withVariables(SCHOOL_NOTIFIED_AT, "2026-12-14T08:30:00Z"));
		assertThat(pi).hasPassed("EndEvent_SchoolNotified")
			.variables()
			.containsEntry(SCHOOL_NOTIFIED_AT, london("2026-12-14T08:30"));
	}

	@Test
	void shouldNotifyTheSchoolOfA0200TuesdayIncidentBy0800ThatTuesdayAndEscalateToTheDs() {
		Map<String, Object> variables = referral();
		variables.put(CONCERN_TYPE, "DOMESTIC_ABUSE");
		variables.put(SCHOOL_NAME, "Elm Primary");
		variables.put(INCIDENT_AT, london("2026-12-15T02:00"));
		ClockUtil.setCurrentTime(london("2026-12-15T03:00"));
		ProcessInstance pi = refer(variables);

		assertThat(task(TASK_NOTIFY_SCHOOL, pi)).hasDueDate(london("2026-12-15T08:00"));
		ClockUtil.setCurrentTime(london("2026-12-15T08:00"));
		execute(job("BoundaryEvent_NotifySchoolOverdue", pi));
		assertThat(task("Task_ChaseNotifySchool", pi)).hasCandidateGroup("police-ds");
	}

	@Test
	void shouldRefuseAReferralWithoutTheVoiceOfTheChildAndCreateNothing() {
		Map<String, Object> variables = referral();
		variables.remove(CHILD_BEHAVIOUR_AND_DEMEANOUR);
		variables.remove(CHILD_WORDS);
		variables.remove(INCIDENT_LOCATION);

		assertThatThrownBy(() -> refer(variables)).isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll(CHILD_BEHAVIOUR_AND_DEMEANOUR, "childWords or childNotSpokenToReason",
					INCIDENT_LOCATION);
		Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
	}

	@Test
	void shouldRefuseASubjectAged18OrOver() {
		Map<String, Object> variables = referral();
		variables.put(CHILD_DATE_OF_BIRTH, "2000-01-01");

		assertThatThrownBy(() -> refer(variables)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(CHILD_DATE_OF_BIRTH);
	}

	@Test
	void shouldAcceptAChildNotSpokenToWithAReason() {
		Map<String, Object> variables = referral();
		variables.remove(CHILD_WORDS);
		variables.put(CHILD_NOT_SPOKEN_TO_REASON, "Asleep; to be spoken to by the social worker");

		assertThat(refer(variables)).isWaitingAt(TASK_REVIEW_QUALITY);
	}

}
