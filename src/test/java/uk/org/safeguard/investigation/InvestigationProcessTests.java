package uk.org.safeguard.investigation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.investigation.InvestigationProcess.*;

class InvestigationProcessTests extends ProcessEngineTestSupport {

	/**
	 * Every model and form, as the application deploys them (the one way engine tests
	 * deploy).
	 */
	@org.junit.jupiter.api.BeforeEach
	void deployModels() {
		deployAllModels();
	}

	private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	@BeforeEach
	void fixTheClock() {
		ClockUtil.setCurrentTime(Date.from(NOW));
	}

	private ProcessInstance recordInvestigation(int daysAgo, String risk) {
		return runtimeService().startProcessInstanceByKey(KEY, "CR-" + daysAgo,
				withVariables(CRIME_REFERENCE, "CR-" + daysAgo, OFFENCE_TYPE, "SEXUAL_ASSAULT_OF_A_CHILD", TEAM,
						"CAVAA", RISK_LEVEL, risk, RECORDED_AT, daysAfter(-daysAgo)));
	}

	private static Date daysAfter(long days) {
		return Date.from(NOW.plus(Duration.ofDays(days)));
	}

	private static Date recordedPlus(int daysAgo, long days) {
		return daysAfter(days - daysAgo);
	}

	private void moveClockTo(Date when) {
		ClockUtil.setCurrentTime(when);
	}

	private Task review(ProcessInstance pi) {
		return task(TASK_SUPERVISORY_REVIEW, pi);
	}

	private Object local(Task task, String name) {
		return taskService().getVariableLocal(task.getId(), name);
	}

	private Job timerOf(ProcessInstance pi, String boundaryEventId) {
		return managementService().createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(boundaryEventId)
			.singleResult();
	}

	@Test
	void shouldOweANewInvestigationAnAllocationAndADsReviewOnDay7() {
		ProcessInstance pi = recordInvestigation(0, "STANDARD");

		assertThat(pi).isWaitingAt(TASK_ALLOCATE, TASK_SUPERVISORY_REVIEW);
		assertThat(task(TASK_ALLOCATE, pi)).hasCandidateGroup("police-ds").hasDueDate(daysAfter(3));
		assertThat(review(pi)).hasCandidateGroup("police-ds").hasDueDate(daysAfter(7));
		Assertions.assertThat(local(review(pi), REVIEW_RANK)).isEqualTo("DS");
	}

	@Test
	void shouldGiveAHighRiskInvestigationA24HourAllocationDeadline() {
		ProcessInstance pi = recordInvestigation(0, "HIGH");

		assertThat(task(TASK_ALLOCATE, pi)).hasDueDate(Date.from(NOW.plus(Duration.ofHours(24))));
	}

	@Test
	void shouldEscalateAnUnallocatedInvestigationToTheDi() {
		ProcessInstance pi = recordInvestigation(0, "HIGH");
		Job timer = timerOf(pi, "BoundaryEvent_AllocationOverdue");
		Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(24))));

		moveClockTo(timer.getDuedate());
		execute(timer);

		assertThat(pi).isWaitingAt(TASK_ALLOCATE, TASK_CHASE_ALLOCATION, TASK_SUPERVISORY_REVIEW);
		assertThat(task(TASK_CHASE_ALLOCATION, pi)).hasCandidateGroup("police-di");
		Assertions.assertThat(local(task(TASK_CHASE_ALLOCATION, pi), "escalationOf")).isEqualTo(TASK_ALLOCATE);
	}

	@Test
	void shouldEscalateTheOverdueDsReviewOfAnInvestigationRecorded8DaysAgoToTheDi() {
		ProcessInstance pi = recordInvestigation(8, "STANDARD");
		assertThat(review(pi)).hasCandidateGroup("police-ds").hasDueDate(recordedPlus(8, 7));
		Assertions.assertThat(local(review(pi), REVIEW_RANK)).isEqualTo("DS");
		Job timer = timerOf(pi, "BoundaryEvent_ReviewOverdue");
		Assertions.assertThat(timer.getDuedate()).isEqualTo(recordedPlus(8, 7));

		execute(timer);

		Task escalation = task(TASK_ESCALATE_OVERDUE_REVIEW, pi);
		assertThat(escalation).hasCandidateGroup("police-di");
		Assertions.assertThat(local(escalation, "escalationOf")).isEqualTo(TASK_SUPERVISORY_REVIEW);
		assertThat(pi).isWaitingAt(TASK_ALLOCATE, TASK_SUPERVISORY_REVIEW, TASK_ESCALATE_OVERDUE_REVIEW);
	}

	@Test
	void shouldOweADiReviewAtOnceForAnImported60DayOldInvestigationAndEscalateItToTheDci() {
		ProcessInstance pi = recordInvestigation(60, "STANDARD");

		assertThat(review(pi)).hasCandidateGroup("police-di").hasDueDate(recordedPlus(60, 45));
		Assertions.assertThat(local(review(pi), REVIEW_RANK)).isEqualTo("DI");

		execute(timerOf(pi, "BoundaryEvent_ReviewOverdue"));
		assertThat(task(TASK_ESCALATE_OVERDUE_REVIEW, pi)).hasCandidateGroup("police-dci");
	}

	@Test
	void shouldRequireADciReviewFromDay100AndEscalateItToTheSuperintendent() {
		ProcessInstance pi = recordInvestigation(120, "STANDARD");

		assertThat(review(pi)).hasCandidateGroup("police-dci").hasDueDate(recordedPlus(120, 100));

		execute(timerOf(pi, "BoundaryEvent_ReviewOverdue"));
		assertThat(task(TASK_ESCALATE_OVERDUE_REVIEW, pi)).hasCandidateGroup("police-superintendent");
	}

	@Test
	void shouldScheduleReviewsEvery28DaysAndAtEachRankThreshold() {
		ProcessInstance pi = recordInvestigation(0, "STANDARD");

		moveClockTo(daysAfter(5));
		complete(review(pi), withVariables(REVIEW_NOTES, "Lines of enquiry agreed"));
		assertThat(review(pi)).hasCandidateGroup("police-ds").hasDueDate(daysAfter(33));

		moveClockTo(daysAfter(33));
		complete(review(pi), withVariables(REVIEW_NOTES, "Awaiting forensics"));
		assertThat(review(pi)).hasCandidateGroup("police-di").hasDueDate(daysAfter(45));
		Assertions.assertThat(local(review(pi), REVIEW_RANK)).isEqualTo("DI");

		moveClockTo(daysAfter(45));
		complete(review(pi), withVariables(REVIEW_NOTES, "DI review"));
		assertThat(review(pi)).hasCandidateGroup("police-di").hasDueDate(daysAfter(73));

		moveClockTo(daysAfter(90));
		complete(review(pi), withVariables(REVIEW_NOTES, "Late DI review"));
		assertThat(review(pi)).hasCandidateGroup("police-dci").hasDueDate(daysAfter(100));
		Assertions.assertThat(runtimeService().getVariable(pi.getId(), REVIEWS_COMPLETED)).isEqualTo(4);
	}

	@Test
	void shouldReplaceAnOpenDsReviewByADiReviewWhenTheInvestigationReachesDay45() {
		ProcessInstance pi = recordInvestigation(5, "STANDARD");
		moveClockTo(recordedPlus(5, 10));
		complete(review(pi), withVariables(REVIEW_NOTES, "DS review on day 10"));
		assertThat(review(pi)).hasCandidateGroup("police-ds").hasDueDate(recordedPlus(5, 38));
		Job raised = timerOf(pi, "BoundaryEvent_ReviewRankRaised");
		Assertions.assertThat(raised.getDuedate()).isEqualTo(recordedPlus(5, 45));

		moveClockTo(recordedPlus(5, 45));
		execute(raised);

		assertThat(review(pi)).hasCandidateGroup("police-di").hasDueDate(recordedPlus(5, 38));
		Assertions.assertThat(local(review(pi), REVIEW_RANK)).isEqualTo("DI");
		Assertions
			.assertThat(taskService().createTaskQuery()
				.processInstanceId(pi.getId())
				.taskDefinitionKey(TASK_SUPERVISORY_REVIEW)
				.count())
			.isEqualTo(1);
		Assertions.assertThat(timerOf(pi, "BoundaryEvent_ReviewRankRaised").getDuedate())
			.isEqualTo(recordedPlus(5, 100));
		Assertions.assertThat(runtimeService().getVariable(pi.getId(), REVIEWS_COMPLETED)).isEqualTo(1);
	}

	@Test
	void shouldEscalateAnOverdueReviewOnUpTheRanksWhileItStaysOpen() {
		ProcessInstance pi = recordInvestigation(8, "STANDARD");
		execute(timerOf(pi, "BoundaryEvent_ReviewOverdue"));
		Task di = task(TASK_ESCALATE_OVERDUE_REVIEW, pi);
		assertThat(di).hasCandidateGroup("police-di").hasDueDate(daysAfter(1));

		moveClockTo(daysAfter(1));
		execute(timerOf(pi, "BoundaryEvent_EscalateOverdueReviewOverdue"));
		assertThat(task("Task_EscalateOverdueReviewToNextLevel", pi)).hasCandidateGroup("police-dci");
		moveClockTo(daysAfter(2));
		execute(timerOf(pi, "BoundaryEvent_EscalateOverdueReviewToNextLevelOverdue"));
		assertThat(task("Task_EscalateOverdueReviewToSuperintendent", pi)).hasCandidateGroup("police-superintendent");

		complete(review(pi), withVariables(REVIEW_NOTES, "Done at last"));
		managementService().createJobQuery()
			.processInstanceId(pi.getId())
			.messages()
			.list()
			.forEach(j -> managementService().executeJob(j.getId()));
		Assertions
			.assertThat(taskService().createTaskQuery()
				.processInstanceId(pi.getId())
				.taskDefinitionKeyIn(TASK_ESCALATE_OVERDUE_REVIEW, "Task_EscalateOverdueReviewToNextLevel",
						"Task_EscalateOverdueReviewToSuperintendent")
				.count())
			.isZero();
	}

	@Test
	void shouldAskTheHubToConfirmAChildVictimWasReferred() {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "CR-CHILD",
				withVariables(CRIME_REFERENCE, "CR-CHILD", OFFENCE_TYPE, "SEXUAL_ASSAULT_OF_A_CHILD", TEAM, "CAVAA",
						RISK_LEVEL, "STANDARD", RECORDED_AT, daysAfter(0), CHILD_ID, "C-V1", CHILD_NAME,
						"Vic Example"));

		assertThat(task(TASK_CONFIRM_CHILD_REFERRAL, pi)).hasCandidateGroup("police-ppu-hub").hasDueDate(daysAfter(1));
		Assertions
			.assertThatThrownBy(
					() -> complete(task(TASK_CONFIRM_CHILD_REFERRAL, pi), withVariables(CHILD_REFERRAL_MADE, false)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(NO_REFERRAL_REASON);
		complete(task(TASK_CONFIRM_CHILD_REFERRAL, pi),
				withVariables(CHILD_REFERRAL_MADE, true, CHILD_REFERRAL_REFERENCE, "REF-2026-0099"));
		assertThat(pi).hasPassed("EndEvent_ChildReferralConfirmed");

		ProcessInstance adult = recordInvestigation(0, "STANDARD");
		assertThat(adult).hasPassed("EndEvent_NoChildVictim");
	}

	@Test
	void shouldOweTheSeniorReviewAtOnceWhenAJuniorReviewIsDoneAfterTheThreshold() {
		ProcessInstance pi = recordInvestigation(0, "STANDARD");

		moveClockTo(daysAfter(50));
		complete(review(pi), withVariables(REVIEW_NOTES, "DS review, very late"));

		assertThat(review(pi)).hasCandidateGroup("police-di").hasDueDate(daysAfter(45));
	}

	@Test
	void shouldCloseWhenTheRankTheAgeRequiresApproves() {
		ProcessInstance pi = recordInvestigation(60, "STANDARD");
		complete(task(TASK_ALLOCATE, pi), withVariables(INVESTIGATING_OFFICER, "investigator.demo"));
		assertThat(task(TASK_INVESTIGATE, pi)).isAssignedTo("investigator.demo");

		complete(task(TASK_INVESTIGATE, pi), withVariables(PROPOSED_OUTCOME, "NO_FURTHER_ACTION", OUTCOME_RATIONALE,
				"Victim does not support a prosecution; safeguarding plan in place"));
		assertThat(task(TASK_APPROVE_CLOSURE, pi)).hasCandidateGroup("police-di");
		complete(task(TASK_APPROVE_CLOSURE, pi), withVariables(CLOSURE_DECISION, "APPROVED"));

		assertThat(pi).isEnded().hasPassed("EndEvent_InvestigationClosed");
		Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void shouldReturnAClosureForFurtherInvestigation() {
		ProcessInstance pi = recordInvestigation(2, "STANDARD");
		complete(task(TASK_ALLOCATE, pi), withVariables(INVESTIGATING_OFFICER, "investigator.demo"));
		complete(task(TASK_INVESTIGATE, pi),
				withVariables(PROPOSED_OUTCOME, "CAUTION", OUTCOME_RATIONALE, "Admitted; first offence"));
		assertThat(task(TASK_APPROVE_CLOSURE, pi)).hasCandidateGroup("police-ds");

		complete(task(TASK_APPROVE_CLOSURE, pi),
				withVariables(CLOSURE_DECISION, "RETURNED", CLOSURE_NOTES, "Speak to the school first"));

		assertThat(pi).isWaitingAt(TASK_INVESTIGATE, TASK_SUPERVISORY_REVIEW);
		assertThat(task(TASK_INVESTIGATE, pi)).isAssignedTo("investigator.demo");
	}

	@Test
	void shouldRefuseAnOutcomeWithoutARationale() {
		ProcessInstance pi = recordInvestigation(2, "STANDARD");
		complete(task(TASK_ALLOCATE, pi), withVariables(INVESTIGATING_OFFICER, "investigator.demo"));
		String taskId = task(TASK_INVESTIGATE, pi).getId();

		assertThatThrownBy(() -> taskService().complete(taskId,
				Map.of(PROPOSED_OUTCOME, "NO_FURTHER_ACTION", OUTCOME_RATIONALE, "  ")))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(OUTCOME_RATIONALE);
		assertThat(pi).isWaitingAt(TASK_INVESTIGATE, TASK_SUPERVISORY_REVIEW);
	}

	@Test
	void shouldRefuseAnInvestigationWithAnUnknownTeamOrAFutureRecordedDate() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
				Map.of(CRIME_REFERENCE, "CR-X", OFFENCE_TYPE, "X", TEAM, "SQUAD", RISK_LEVEL, "HIGH", RECORDED_AT,
						daysAfter(1))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll(TEAM, RECORDED_AT);
	}

}
