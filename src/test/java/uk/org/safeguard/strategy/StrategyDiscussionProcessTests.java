package uk.org.safeguard.strategy;

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
import static uk.org.safeguard.strategy.StrategyDiscussionProcess.*;

class StrategyDiscussionProcessTests extends ProcessEngineTestSupport {

	private static final Date THURSDAY_17_DECEMBER = london("2026-12-17T10:00");

	static final String ALL_AGENCIES_PRESENT = """
			[{"agency":"POLICE","name":"DS Patel","role":"Investigating supervisor"},
			 {"agency":"CHILDRENS_SOCIAL_CARE","name":"Jo Smith","role":"Team manager"},
			 {"agency":"HEALTH","name":"Dr Jones","role":"Named nurse"}]""";

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(THURSDAY_17_DECEMBER);
	}

	private ProcessInstance discuss(String urgency) {
		return runtimeService().startProcessInstanceByKey(KEY, "REF-9",
				withVariables(CHILD_ID, "C-9", CHILD_NAME, "Ben Example", CHILD_DATE_OF_BIRTH, "2012-06-01",
						CONCERN_SUMMARY, "Disclosure at school", URGENCY, urgency));
	}

	private void record(ProcessInstance pi, String outcome, boolean investigation, String actions) {
		complete(task(TASK_CONVENE, pi));
		complete(task(TASK_RECORD, pi),
				withVariables(DISCUSSION_HELD_AT, THURSDAY_17_DECEMBER, ATTENDEES,
						org.camunda.spin.Spin.JSON(ALL_AGENCIES_PRESENT), STRATEGY_OUTCOME, outcome,
						POLICE_INVESTIGATION_REQUIRED, investigation, AGREED_ACTIONS, actions));
		execute(job("Task_StartAgreedWork", pi));
	}

	@Test
	void shouldAskTheTeamManagerToConveneWithinOneWorkingDay() {
		ProcessInstance pi = discuss("STANDARD");

		assertThat(task(TASK_CONVENE, pi)).hasCandidateGroup("csc-team-manager").hasDueDate(london("2026-12-18T10:00"));
	}

	@Test
	void shouldAskForAnImmediateDiscussionWithinFourHoursAndEscalateToTheServiceManager() {
		ProcessInstance pi = discuss("IMMEDIATE");
		assertThat(task(TASK_CONVENE, pi)).hasDueDate(london("2026-12-17T14:00"));

		execute(job("BoundaryEvent_ConveningOverdue", pi));

		assertThat(task(TASK_CHASE_CONVENING, pi)).hasCandidateGroup("csc-service-manager");
		Assertions.assertThat(taskService().getVariableLocal(task(TASK_CHASE_CONVENING, pi).getId(), "escalationOf"))
			.isEqualTo(TASK_CONVENE);
	}

	@Test
	void shouldStartTheEnquiryTheInvestigationAndEachActionAndAskTheDsToSignOffPoliceActions() {
		ProcessInstance pi = discuss("STANDARD");

		record(pi, "SECTION_47_JOINT", true, """
				[{"agency":"health","description":"Child protection medical","dueDate":"2026-12-18T17:00:00Z"},
				 {"agency":"police-investigator","description":"ABE interview","dueDate":"2026-12-21T12:00:00Z"}]""");

		ProcessInstance enquiry = child("Section47EnquiryProcess", pi);
		assertThat(enquiry).variables()
			.containsEntry("strategyDiscussionAt", THURSDAY_17_DECEMBER)
			.containsEntry("jointEnquiry", true)
			.containsEntry("childId", "C-9");
		assertThat(child("InvestigationProcess", pi)).isWaitingAt("Task_AllocateInvestigation")
			.variables()
			.containsEntry("team", "CAVAA")
			.containsEntry("recordedAt", THURSDAY_17_DECEMBER);
		Assertions
			.assertThat(runtimeService().createProcessInstanceQuery()
				.processDefinitionKey("AgencyActionProcess")
				.variableValueEquals("parentProcessInstanceId", pi.getId())
				.count())
			.isEqualTo(2);
		assertThat(task(TASK_SIGN_OFF_POLICE_ACTIONS, pi)).hasCandidateGroup("police-ds")
			.hasDueDate(london("2026-12-18T10:00"));
		complete(task(TASK_SIGN_OFF_POLICE_ACTIONS, pi), withVariables(SIGN_OFF_NOTES, "Agreed"));
		assertThat(pi).isEnded().hasPassed("EndEvent_PoliceActionsSignedOff");
	}

	@Test
	void shouldDueTheRecordADayAfterConveningAndEscalateItToTheServiceManager() {
		ProcessInstance pi = discuss("STANDARD");
		complete(task(TASK_CONVENE, pi));

		assertThat(task(TASK_RECORD, pi)).hasDueDate(london("2026-12-18T10:00"));
		ClockUtil.setCurrentTime(london("2026-12-18T10:00"));
		execute(job("BoundaryEvent_RecordStrategyDiscussionOverdue", pi));
		assertThat(task("Task_ChaseRecordStrategyDiscussion", pi)).hasCandidateGroup("csc-service-manager");
	}

	@Test
	void shouldEndWithoutSignOffWhenNoPoliceActionIsAgreed() {
		ProcessInstance pi = discuss("STANDARD");

		record(pi, "SECTION_17", false, "[]");

		assertThat(pi).isEnded().hasPassed("EndEvent_DiscussionRecorded");
		Assertions
			.assertThat(runtimeService().createProcessInstanceQuery()
				.variableValueEquals("parentProcessInstanceId", pi.getId())
				.count())
			.isZero();
	}

	@Test
	void shouldRefuseADiscussionWithoutHealthOrWithABadAction() {
		ProcessInstance pi = discuss("STANDARD");
		complete(task(TASK_CONVENE, pi));
		String taskId = task(TASK_RECORD, pi).getId();

		Assertions.assertThatThrownBy(() -> taskService().complete(taskId, Map.of(DISCUSSION_HELD_AT,
				THURSDAY_17_DECEMBER, ATTENDEES,
				"[{\"agency\":\"POLICE\",\"name\":\"DS Patel\"},{\"agency\":\"CHILDRENS_SOCIAL_CARE\",\"name\":\"Jo\"}]",
				STRATEGY_OUTCOME, "SECTION_47_JOINT", POLICE_INVESTIGATION_REQUIRED, false, AGREED_ACTIONS,
				"[{\"agency\":\"the council\",\"description\":\"\",\"dueDate\":\"soon\"}]")))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll("attendees must include HEALTH", "agreedActions[0].agency",
					"agreedActions[0].description", "agreedActions[0].dueDate");
		assertThat(pi).isWaitingAt(TASK_RECORD);
	}

	private ProcessInstance child(String processKey, ProcessInstance parent) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.variableValueEquals("parentProcessInstanceId", parent.getId())
			.singleResult();
	}

}
