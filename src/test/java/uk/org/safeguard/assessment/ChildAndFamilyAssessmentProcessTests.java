package uk.org.safeguard.assessment;

import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess.*;

/** SPEC section 8: the 45-working-day child and family assessment. */
class ChildAndFamilyAssessmentProcessTests extends ProcessEngineTestSupport {

	private static final Date RECEIVED = london("2026-11-02T10:00");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(london("2026-11-02T11:00"));
	}

	private ProcessInstance assess() {
		return runtimeService().startProcessInstanceByKey(KEY, "REF-A", withVariables(CHILD_ID, "C-A", CHILD_NAME,
				"Ali Example", CHILD_DATE_OF_BIRTH, "2016-06-06", REFERRAL_RECEIVED_AT, RECEIVED));
	}

	@Test
	void shouldDueTheAssessment45WorkingDaysAfterTheReferralAndEscalateToTheTeamManagerThenServiceManager() {
		ProcessInstance pi = assess();

		// 45 working days from Monday 2 November 2026, over Christmas and New Year
		assertThat(task(TASK_COMPLETE_ASSESSMENT, pi)).hasCandidateGroup("csc-social-worker")
			.hasDueDate(london("2027-01-07T10:00"));
		ClockUtil.setCurrentTime(london("2027-01-07T10:00"));
		execute(job("BoundaryEvent_CompleteAssessmentOverdue", pi));
		assertThat(task("Task_ChaseCompleteAssessment", pi)).hasCandidateGroup("csc-team-manager");
		ClockUtil.setCurrentTime(london("2027-01-08T10:00"));
		execute(job("BoundaryEvent_ChaseCompleteAssessmentOverdue", pi));
		assertThat(task("Task_ChaseCompleteAssessmentToServiceManager", pi)).hasCandidateGroup("csc-service-manager");
	}

	@Test
	void shouldNeedAReasonWhenCompletedLateAndConsentForEarlyHelp() {
		ProcessInstance pi = assess();
		ClockUtil.setCurrentTime(london("2027-01-11T09:00"));

		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_COMPLETE_ASSESSMENT, pi),
					withVariables(ASSESSMENT_OUTCOME, "EARLY_HELP", ASSESSMENT_SUMMARY, "Needs parenting support")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(OVERRUN_REASON)
			.hasMessageContaining(FAMILY_CONSENT);

		complete(task(TASK_COMPLETE_ASSESSMENT, pi), withVariables(ASSESSMENT_OUTCOME, "EARLY_HELP", ASSESSMENT_SUMMARY,
				"Needs parenting support", OVERRUN_REASON, "Father in hospital; seen on return", FAMILY_CONSENT, true));
		assertThat(pi).isEnded().hasPassed("EndEvent_AssessmentCompleted");
	}

	@Test
	void shouldCompleteOnTimeWithoutAReason() {
		ProcessInstance pi = assess();
		ClockUtil.setCurrentTime(london("2026-12-01T09:00"));

		complete(task(TASK_COMPLETE_ASSESSMENT, pi),
				withVariables(ASSESSMENT_OUTCOME, "NO_FURTHER_ACTION", ASSESSMENT_SUMMARY, "Needs met at home"));

		assertThat(pi).isEnded();
	}

}
