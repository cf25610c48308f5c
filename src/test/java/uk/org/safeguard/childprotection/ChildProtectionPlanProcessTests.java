package uk.org.safeguard.childprotection;

import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.childprotection.ChildProtectionPlanProcess.*;

/**
 * SPEC section 8: a plan has core groups, visits and reviews until a review ends it and
 * decides the step-down; every deadline escalates up to the service manager.
 */
class ChildProtectionPlanProcessTests extends ProcessEngineTestSupport {

	/** A Friday. */
	private static final Date CONFERENCE = london("2027-01-08T11:00");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(london("2027-01-08T12:00"));
	}

	private ProcessInstance plan() {
		return runtimeService().startProcessInstanceByKey(KEY, "CP-1",
				withVariables(CHILD_ID, "C-CP", CHILD_NAME, "Cara Example", CHILD_DATE_OF_BIRTH, "2015-03-03",
						CONFERENCE_HELD_AT, CONFERENCE, PLAN_CATEGORY, "NEGLECT"));
	}

	@Test
	void shouldDueTheFirstCoreGroupAndVisitIn10WorkingDaysAndTheFirstReviewIn3Months() {
		ProcessInstance pi = plan();

		assertThat(task(TASK_HOLD_FIRST_CORE_GROUP, pi)).hasCandidateGroup("csc-social-worker")
			.hasDueDate(london("2027-01-22T11:00"));
		assertThat(task(TASK_VISIT_CHILD, pi)).hasCandidateGroup("csc-social-worker")
			.hasDueDate(london("2027-01-22T11:00"));
		assertThat(task(TASK_HOLD_REVIEW_CONFERENCE, pi)).hasCandidateGroup("csc-team-manager")
			.hasDueDate(london("2027-04-08T11:00"));
	}

	@Test
	void shouldHoldCoreGroupsEverySixWeeksAndVisitEveryTenWorkingDaysAfterTheLastOne() {
		ProcessInstance pi = plan();
		ClockUtil.setCurrentTime(london("2027-01-21T09:00"));

		complete(task(TASK_HOLD_FIRST_CORE_GROUP, pi), withVariables(CORE_GROUP_HELD_AT, london("2027-01-20T10:00")));
		assertThat(task(TASK_HOLD_CORE_GROUP, pi)).hasDueDate(london("2027-03-03T10:00"));
		complete(task(TASK_VISIT_CHILD, pi), withVariables(CHILD_VISITED_AT, london("2027-01-19T16:00"),
				CHILD_SEEN_ALONE, true, VISIT_OBSERVATIONS, "Clean clothes, talked about school"));
		assertThat(task(TASK_VISIT_CHILD, pi)).hasDueDate(london("2027-02-02T16:00"));

		ClockUtil.setCurrentTime(london("2027-03-02T12:00"));
		complete(task(TASK_HOLD_CORE_GROUP, pi), withVariables(CORE_GROUP_HELD_AT, london("2027-03-01T10:00")));
		assertThat(task(TASK_HOLD_CORE_GROUP, pi)).hasDueDate(london("2027-04-12T10:00"));
	}

	@Test
	void shouldReviewSixMonthlyUntilAReviewEndsThePlanWithAStepDown() {
		ProcessInstance pi = plan();
		ClockUtil.setCurrentTime(london("2027-04-07T12:00"));

		complete(task(TASK_HOLD_REVIEW_CONFERENCE, pi),
				withVariables(REVIEW_CONFERENCE_HELD_AT, london("2027-04-07T10:00"), PLAN_CONTINUES, true));
		assertThat(task(TASK_HOLD_REVIEW_CONFERENCE, pi)).hasDueDate(london("2027-10-07T10:00"));
		assertThat(task(TASK_VISIT_CHILD, pi)).isNotNull();

		ClockUtil.setCurrentTime(london("2027-10-06T12:00"));
		complete(task(TASK_HOLD_REVIEW_CONFERENCE, pi),
				withVariables(REVIEW_CONFERENCE_HELD_AT, london("2027-10-06T10:00"), PLAN_CONTINUES, false,
						PLAN_ENDED_AT, london("2027-10-06T11:00"), STEP_DOWN, "CHILD_IN_NEED"));

		assertThat(pi).isEnded().hasPassed("EndEvent_PlanEnded").variables().containsEntry(STEP_DOWN, "CHILD_IN_NEED");
		Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void shouldRefuseToEndAPlanWithoutItsEndAndStepDown() {
		ProcessInstance pi = plan();

		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_HOLD_REVIEW_CONFERENCE, pi),
					withVariables(REVIEW_CONFERENCE_HELD_AT, london("2027-01-08T11:30"), PLAN_CONTINUES, false)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(PLAN_ENDED_AT)
			.hasMessageContaining(STEP_DOWN);
		assertThat(task(TASK_HOLD_REVIEW_CONFERENCE, pi)).isNotNull();
	}

	@Test
	void shouldEscalateAMissedVisitToTheTeamManagerThenTheServiceManagerAndCloseBothWhenTheVisitIsDone() {
		ProcessInstance pi = plan();

		ClockUtil.setCurrentTime(london("2027-01-22T11:01"));
		execute(job("BoundaryEvent_VisitChildOverdue", pi));
		assertThat(task("Task_ChaseVisitChild", pi)).hasCandidateGroup("csc-team-manager")
			.hasDueDate(london("2027-01-23T11:01"));
		Assertions.assertThat(taskService().getVariableLocal(task("Task_ChaseVisitChild", pi).getId(), "escalationOf"))
			.isEqualTo(TASK_VISIT_CHILD);
		ClockUtil.setCurrentTime(london("2027-01-23T11:02"));
		execute(job("BoundaryEvent_ChaseVisitChildOverdue", pi));
		assertThat(task("Task_ChaseVisitChildToServiceManager", pi)).hasCandidateGroup("csc-service-manager");

		complete(task(TASK_VISIT_CHILD, pi), withVariables(CHILD_VISITED_AT, london("2027-01-23T10:00"),
				CHILD_SEEN_ALONE, false, VISIT_OBSERVATIONS, "Seen with mother present"));
		executeAvailableJobsOnce(pi);

		Assertions
			.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).taskNameLike("Chase%").count())
			.isZero();
		List<HistoricTaskInstance> chases = historyService().createHistoricTaskInstanceQuery()
			.processInstanceId(pi.getId())
			.taskNameLike("Chase%")
			.list();
		Assertions.assertThat(chases).hasSize(2).allSatisfy(t -> Assertions.assertThat(t.getEndTime()).isNotNull());
		assertThat(pi).isActive();
		// 10 working days after Saturday 23 January
		assertThat(task(TASK_VISIT_CHILD, pi)).hasDueDate(london("2027-02-05T10:00"));
	}

	@Test
	void shouldDeclareTheServiceManagerTheTopOfTheChain() {
		ProcessInstance pi = plan();
		ClockUtil.setCurrentTime(london("2027-04-08T11:01"));
		execute(job("BoundaryEvent_HoldReviewConferenceOverdue", pi));

		assertThat(task("Task_ChaseHoldReviewConference", pi)).hasCandidateGroup("csc-service-manager")
			.hasDueDate(london("2027-04-09T11:01"));
		Assertions
			.assertThat(managementService().createJobQuery()
				.processInstanceId(pi.getId())
				.activityId("BoundaryEvent_ChaseHoldReviewConferenceOverdue")
				.count())
			.isZero();
	}

	/** Runs the jobs due now once (the close-escalations job), not the timers. */
	private void executeAvailableJobsOnce(ProcessInstance pi) {
		managementService().createJobQuery()
			.processInstanceId(pi.getId())
			.executable()
			.messages()
			.list()
			.forEach(j -> managementService().executeJob(j.getId()));
	}

}
