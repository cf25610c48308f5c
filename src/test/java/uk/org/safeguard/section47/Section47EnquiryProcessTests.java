package uk.org.safeguard.section47;

import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.section47.Section47EnquiryProcess.*;

class Section47EnquiryProcessTests extends ProcessEngineTestSupport {

	private static final Date STRATEGY_DISCUSSION = london("2026-12-17T10:00");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(STRATEGY_DISCUSSION);
	}

	private ProcessInstance enquire(boolean joint) {
		return runtimeService().startProcessInstanceByKey(KEY, "REF-47",
				withVariables(CHILD_ID, "C-47", CHILD_NAME, "Cara Example", CHILD_DATE_OF_BIRTH, "2011-09-09",
						STRATEGY_DISCUSSION_AT, STRATEGY_DISCUSSION, JOINT_ENQUIRY, joint));
	}

	private void seeChildAndFind(ProcessInstance pi, String outcome) {
		ClockUtil.setCurrentTime(london("2027-01-08T12:00"));
		complete(task(TASK_SEE_CHILD, pi), withVariables(CHILD_SEEN_AT, london("2026-12-17T15:00"),
				CHILD_WISHES_AND_FEELINGS, "Wants to stay with her gran"));
		complete(task(TASK_RECORD_OUTCOME, pi), withVariables(SECTION_47_OUTCOME, outcome));
	}

	@Test
	void shouldDueTheVisitInOneWorkingDayAndTheConferenceIn15WorkingDays() {
		ProcessInstance pi = enquire(false);

		assertThat(task(TASK_SEE_CHILD, pi)).hasCandidateGroup("csc-social-worker")
			.hasDueDate(london("2026-12-18T10:00"));
		assertThat(pi).variables().containsEntry(CONFERENCE_DUE_AT, london("2027-01-12T10:00"));
	}

	@Test
	void shouldEscalateAnUnseenChildToTheTeamManagerAndTheDsInAJointEnquiry() {
		ProcessInstance pi = enquire(true);

		execute(job("BoundaryEvent_ChildNotSeen", pi));

		Assertions.assertThat(taskService().getIdentityLinksForTask(task(TASK_CHASE_CHILD_SEEN, pi).getId()))
			.extracting(IdentityLink::getGroupId)
			.containsExactlyInAnyOrder("csc-team-manager", "police-ds");
	}

	@Test
	void shouldEscalateAnUnseenChildToTheTeamManagerOnlyInASingleAgencyEnquiry() {
		ProcessInstance pi = enquire(false);

		execute(job("BoundaryEvent_ChildNotSeen", pi));

		Assertions.assertThat(taskService().getIdentityLinksForTask(task(TASK_CHASE_CHILD_SEEN, pi).getId()))
			.extracting(IdentityLink::getGroupId)
			.containsExactly("csc-team-manager");
	}

	@Test
	void shouldConcludeWhenConcernsAreNotSubstantiated() {
		ProcessInstance pi = enquire(false);

		seeChildAndFind(pi, "NOT_SUBSTANTIATED");

		assertThat(pi).isEnded().hasPassed("EndEvent_EnquiryConcluded");
	}

	@Test
	void shouldHoldAConferenceWithin15WorkingDaysAndEscalateItWhenLate() {
		ProcessInstance pi = enquire(false);
		seeChildAndFind(pi, "CONTINUING_RISK");

		assertThat(task(TASK_HOLD_CONFERENCE, pi)).hasCandidateGroup("csc-team-manager")
			.hasDueDate(london("2027-01-12T10:00"));
		execute(job("BoundaryEvent_ConferenceOverdue", pi));
		assertThat(task(TASK_CHASE_CONFERENCE, pi)).hasCandidateGroup("csc-service-manager");
	}

	@Test
	void shouldStartTheChildProtectionPlanAsItsOwnProcessWhenTheConferenceDecidesOne() {
		ProcessInstance pi = enquire(false);
		seeChildAndFind(pi, "CONTINUING_RISK");

		complete(task(TASK_HOLD_CONFERENCE, pi), withVariables(CONFERENCE_HELD_AT, london("2027-01-08T11:00"),
				CHILD_PROTECTION_PLAN, true, PLAN_CATEGORY, "NEGLECT"));
		execute(job(TASK_START_PLAN, pi));

		assertThat(pi).isEnded().hasPassed("EndEvent_PlanStarted");
		ProcessInstance plan = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(uk.org.safeguard.childprotection.ChildProtectionPlanProcess.KEY)
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult();
		assertThat(plan).isActive().variables().containsEntry(CHILD_ID, "C-47").containsEntry(PLAN_CATEGORY, "NEGLECT");
		Assertions.assertThat(plan.getBusinessKey()).isEqualTo("REF-47");
	}

	@Test
	void shouldDueTheOutcomeAndEscalateItWhenLate() {
		ProcessInstance pi = enquire(false);
		ClockUtil.setCurrentTime(london("2026-12-18T09:00"));
		complete(task(TASK_SEE_CHILD, pi), withVariables(CHILD_SEEN_AT, london("2026-12-17T15:00"),
				CHILD_WISHES_AND_FEELINGS, "Wants to stay with her gran"));

		// 10 working days after 17 December 2026, over Christmas and New Year
		assertThat(task(TASK_RECORD_OUTCOME, pi)).hasDueDate(london("2027-01-05T10:00"));
		execute(job("BoundaryEvent_RecordSection47OutcomeOverdue", pi));
		assertThat(task("Task_ChaseRecordSection47Outcome", pi)).hasCandidateGroup("csc-team-manager");
	}

	@Test
	void shouldEndWhenTheConferenceDecidesNoPlan() {
		ProcessInstance pi = enquire(false);
		seeChildAndFind(pi, "CONTINUING_RISK");

		complete(task(TASK_HOLD_CONFERENCE, pi),
				withVariables(CONFERENCE_HELD_AT, london("2027-01-08T11:00"), CHILD_PROTECTION_PLAN, false));

		assertThat(pi).isEnded().hasPassed("EndEvent_NoPlan");
	}

	@Test
	void shouldRefuseAPlanWithoutACategoryAndAVisitWithoutTheChildsWishes() {
		ProcessInstance pi = enquire(false);
		String visit = task(TASK_SEE_CHILD, pi).getId();

		Assertions.assertThatThrownBy(() -> taskService().complete(visit, Map.of(CHILD_SEEN_AT, new Date())))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(CHILD_WISHES_AND_FEELINGS);

		seeChildAndFind(pi, "CONTINUING_RISK");
		String conference = task(TASK_HOLD_CONFERENCE, pi).getId();
		Assertions
			.assertThatThrownBy(() -> taskService().complete(conference,
					Map.of(CONFERENCE_HELD_AT, london("2027-01-08T11:00"), CHILD_PROTECTION_PLAN, true)))
			.rootCause()
			.hasMessageContaining(PLAN_CATEGORY);
	}

}
