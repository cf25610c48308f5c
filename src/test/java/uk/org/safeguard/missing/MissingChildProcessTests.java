package uk.org.safeguard.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.missing.MissingChildProcess.*;

class MissingChildProcessTests extends ProcessEngineTestSupport {

	private static final Instant REPORTED = Instant.parse("2026-11-02T22:00:00Z");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(Date.from(REPORTED));
	}

	private static Date after(String duration) {
		return Date.from(REPORTED.plus(Duration.parse(duration)));
	}

	private ProcessInstance reportMissing(String childId, Instant reportedAt) {
		return runtimeService().startProcessInstanceByKey(KEY, childId + "-" + reportedAt.toEpochMilli(),
				withVariables(CHILD_ID, childId, CHILD_NAME, "Mia Example", CHILD_DATE_OF_BIRTH, "2011-02-02",
						REPORTED_AT, Date.from(reportedAt), LAST_SEEN_AT, Date.from(reportedAt.minusSeconds(7200)),
						LOOKED_AFTER_CHILD, true));
	}

	private void grade(ProcessInstance pi, String risk) {
		complete(task(TASK_ASSESS_RISK, pi), withVariables(MISSING_RISK_LEVEL, risk, RISK_RATIONALE, "Vulnerable"));
	}

	@Test
	void shouldGradeTheRiskWithinAnHourNeverLowAndEscalateWhenLate() {
		ProcessInstance pi = reportMissing("C-M1", REPORTED);
		assertThat(task(TASK_ASSESS_RISK, pi)).hasCandidateGroup("police-control-room").hasDueDate(after("PT1H"));
		String taskId = task(TASK_ASSESS_RISK, pi).getId();

		Assertions
			.assertThatThrownBy(() -> taskService().complete(taskId,
					Map.of(MISSING_RISK_LEVEL, "LOW", RISK_RATIONALE, "Goes missing often")))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("LOW is refused for a child");
		execute(job("BoundaryEvent_RiskAssessmentOverdue", pi));
		assertThat(task(TASK_CHASE_RISK_ASSESSMENT, pi)).hasCandidateGroup("police-inspector");
	}

	@Test
	void shouldReviewAHighRiskChildHourlyByAnInspector() {
		ProcessInstance pi = reportMissing("C-M2", REPORTED);
		grade(pi, "HIGH");

		assertThat(task(TASK_REVIEW, pi)).hasCandidateGroup("police-inspector").hasDueDate(after("PT1H"));
		assertThat(task(TASK_CONDUCT_ENQUIRIES, pi)).hasCandidateGroup("police-cmit");
		ClockUtil.setCurrentTime(after("PT50M"));
		complete(task(TASK_REVIEW, pi), withVariables(REVIEW_NOTES, "CCTV requested"));
		// fixed from the report: an early or late review does not move the next one
		assertThat(task(TASK_REVIEW, pi)).hasDueDate(after("PT2H"));
		ClockUtil.setCurrentTime(after("PT2H40M"));
		complete(task(TASK_REVIEW, pi), withVariables(REVIEW_NOTES, "Late review"));
		assertThat(task(TASK_REVIEW, pi)).hasDueDate(after("PT3H"));
	}

	@Test
	void shouldReviewAMediumRiskChildEveryFourHoursByADs() {
		ProcessInstance pi = reportMissing("C-M3", REPORTED);
		grade(pi, "MEDIUM");

		assertThat(task(TASK_REVIEW, pi)).hasCandidateGroup("police-ds").hasDueDate(after("PT4H"));
	}

	@Test
	void shouldShowTheChildsTriggerPlanToWhoeverHoldsTheTask() {
		triggerPlans().save("C-M4", "Check 14 Mill Lane; call aunt on 07700 900000", "cmit.demo", REPORTED);

		ProcessInstance pi = reportMissing("C-M4", REPORTED);

		Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), TRIGGER_PLAN))
			.contains("14 Mill Lane", "cmit.demo");
	}

	@Test
	void shouldEndTheSearchWhenFoundAndFollowUpWithinTheStatutoryTimes() {
		ProcessInstance pi = reportMissing("C-M5", REPORTED);
		grade(pi, "HIGH");

		runtimeService().createMessageCorrelation(MESSAGE_CHILD_FOUND)
			.processInstanceBusinessKey(pi.getBusinessKey())
			.setVariable(FOUND_AT, after("PT5H"))
			.correlate();

		assertThat(pi).isWaitingAt(TASK_SAFE_AND_WELL, TASK_RETURN_HOME_INTERVIEW);
		assertThat(task(TASK_SAFE_AND_WELL, pi)).hasCandidateGroup("police-frontline").hasDueDate(after("PT29H"));
		assertThat(task(TASK_RETURN_HOME_INTERVIEW, pi)).hasCandidateGroup("csc-social-worker")
			.hasDueDate(after("PT77H"));
		execute(job("BoundaryEvent_ReturnInterviewOverdue", pi));
		assertThat(task(TASK_CHASE_RETURN_HOME_INTERVIEW, pi)).hasCandidateGroup("csc-team-manager");

		ClockUtil.setCurrentTime(after("PT30H"));
		complete(task(TASK_SAFE_AND_WELL, pi), withVariables(SAFE_AND_WELL_NOTES, "Safe, no injuries"));
		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_RETURN_HOME_INTERVIEW, pi),
					withVariables(RETURN_INTERVIEW_OUTCOME, "COMPLETED", RETURN_INTERVIEW_AT, after("PT4H48M"),
							RETURN_INTERVIEW_FINDINGS, "Before she was found")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("must not be before the child was found");
		complete(task(TASK_RETURN_HOME_INTERVIEW, pi),
				withVariables(RETURN_INTERVIEW_OUTCOME, "COMPLETED", RETURN_INTERVIEW_AT, after("PT28H"),
						RETURN_INTERVIEW_FINDINGS, "Stayed with older men at a flat in town"));
		assertThat(task(TASK_REVIEW_FINDINGS, pi)).hasCandidateGroup("police-cmit");
		complete(task(TASK_REVIEW_FINDINGS, pi),
				withVariables(FINDINGS_ACTIONS, "Intelligence submitted; CAWN considered"));
		assertThat(pi).hasPassed("EndEvent_EpisodeClosed");
	}

	@Test
	void shouldTellALookedAfterChildsResponsibleAuthorityWithin24Hours() {
		ProcessInstance pi = reportMissing("C-M7", REPORTED);

		assertThat(task(TASK_NOTIFY_RESPONSIBLE_AUTHORITY, pi)).hasCandidateGroup("police-cmit")
			.hasDueDate(after("PT24H"));
		ClockUtil.setCurrentTime(after("PT24H"));
		execute(job("BoundaryEvent_NotifyResponsibleAuthorityOverdue", pi));
		assertThat(task("Task_ChaseNotifyResponsibleAuthority", pi)).hasCandidateGroup("police-ds");
	}

	@Test
	void shouldLetAReviewRegradeTheRiskAndGiveEnquiriesADeadline() {
		ProcessInstance pi = reportMissing("C-M8", REPORTED);
		ClockUtil.setCurrentTime(after("PT30M"));
		grade(pi, "MEDIUM");
		assertThat(task(TASK_CONDUCT_ENQUIRIES, pi)).hasDueDate(after("PT2H30M"));

		ClockUtil.setCurrentTime(after("PT3H"));
		complete(task(TASK_REVIEW, pi),
				withVariables(REVIEW_NOTES, "Seen with known exploiter", MISSING_RISK_LEVEL, "HIGH"));

		assertThat(task(TASK_REVIEW, pi)).hasCandidateGroup("police-inspector").hasDueDate(after("PT5H"));
	}

	@Test
	void shouldRecordARefusedReturnInterviewWithItsReason() {
		ProcessInstance pi = reportMissing("C-M9", REPORTED);
		grade(pi, "MEDIUM");
		runtimeService().createMessageCorrelation(MESSAGE_CHILD_FOUND)
			.processInstanceBusinessKey(pi.getBusinessKey())
			.setVariable(FOUND_AT, after("PT5H"))
			.correlate();
		ClockUtil.setCurrentTime(after("PT30H"));

		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_RETURN_HOME_INTERVIEW, pi),
					withVariables(RETURN_INTERVIEW_OUTCOME, "REFUSED")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(RETURN_INTERVIEW_NOT_DONE_REASON);
		complete(task(TASK_RETURN_HOME_INTERVIEW, pi), withVariables(RETURN_INTERVIEW_OUTCOME, "REFUSED",
				RETURN_INTERVIEW_NOT_DONE_REASON, "Would not speak to a social worker; offered an advocate"));
		assertThat(task(TASK_REVIEW_FINDINGS, pi)).isNotNull();
	}

	@Test
	void shouldScreenForExploitationAndReferOnTheThirdEpisodeIn90Days() {
		ProcessInstance first = reportMissing("C-M6", REPORTED.minus(Duration.ofDays(120)));
		ProcessInstance second = reportMissing("C-M6", REPORTED.minus(Duration.ofDays(60)));
		ProcessInstance third = reportMissing("C-M6", REPORTED.minus(Duration.ofDays(20)));
		assertThat(third).variables().containsEntry(EPISODES_LAST_90_DAYS, 2);
		assertThat(third).hasPassed("EndEvent_NotRepeat");

		ProcessInstance fourth = reportMissing("C-M6", REPORTED);
		execute(job("Task_StartExploitationWork", fourth));

		assertThat(fourth).variables().containsEntry(EPISODES_LAST_90_DAYS, 3);
		assertThat(task(TASK_SCREEN_FOR_EXPLOITATION, fourth)).hasCandidateGroup("police-cmit")
			.hasDueDate(after("P1D"));
		assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", fourth.getId())
			.singleResult()).variables().containsEntry("concernType", "MISSING");
		Assertions.assertThat(first.getId()).isNotEqualTo(second.getId());
	}

	@Test
	void shouldRefuseAnAdult() {
		Assertions
			.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
					withVariables(CHILD_ID, "A", CHILD_NAME, "Adult", CHILD_DATE_OF_BIRTH, "1990-01-01", REPORTED_AT,
							Date.from(REPORTED), LAST_SEEN_AT, Date.from(REPORTED), LOOKED_AFTER_CHILD, false)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(CHILD_DATE_OF_BIRTH);
	}

}
