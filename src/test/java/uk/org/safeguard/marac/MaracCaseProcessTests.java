package uk.org.safeguard.marac;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.marac.MaracCaseProcess.*;

class MaracCaseProcessTests extends ProcessEngineTestSupport {

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(london("2026-11-20T12:00"));
	}

	private ProcessInstance refer(String household, String officer) {
		Map<String, Object> v = new HashMap<>();
		v.put(HOUSEHOLD_ID, household);
		v.put(VICTIM_NAME, "Victoria Example");
		v.put(MARAC_REFERRAL_REASON, "VISIBLE_HIGH_RISK");
		v.put(REFERRING_AGENCY, "POLICE");
		if (officer != null) {
			v.put(INVESTIGATING_OFFICER, officer);
		}
		return runtimeService().startProcessInstanceByKey(KEY, household, v);
	}

	@Test
	void shouldListContactAndResearchTheCaseBeforeTheMeeting() {
		ProcessInstance pi = refer("H-M1", null);

		assertThat(task(TASK_LIST_CASE, pi)).hasCandidateGroup("marac-coordinator")
			.hasDueDate(london("2026-11-22T12:00"));
		assertThat(task(TASK_CONTACT_VICTIM, pi)).hasCandidateGroup("idva").hasDueDate(london("2026-11-22T12:00"));

		complete(task(TASK_LIST_CASE, pi), withVariables(MEETING_DATE, london("2026-12-10T10:00")));

		List<Task> research = taskService().createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(TASK_RESEARCH_CASE)
			.list();
		Assertions.assertThat(research)
			.hasSize(6)
			.allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isEqualTo(london("2026-12-10T10:00")));
		Assertions.assertThat(research)
			.flatExtracting(t -> taskService().getIdentityLinksForTask(t.getId()))
			.extracting(IdentityLink::getGroupId)
			.containsExactlyInAnyOrderElementsOf(RESEARCHING_AGENCIES);
	}

	@Test
	void shouldRefuseAMeetingMoreThan28DaysAfterReferral() {
		ProcessInstance pi = refer("H-M2", null);
		String taskId = task(TASK_LIST_CASE, pi).getId();

		Assertions
			.assertThatThrownBy(() -> taskService().complete(taskId, Map.of(MEETING_DATE, london("2026-12-19T10:00"))))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(MEETING_DATE);
	}

	@Test
	void shouldTurnTheActionPlanIntoActionsThatTheOfficerAndHubCanSeeAndCloseAfter12Months() {
		ProcessInstance pi = refer("H-M3", "investigator.demo");
		complete(task(TASK_LIST_CASE, pi), withVariables(MEETING_DATE, london("2026-12-10T10:00")));

		ClockUtil.setCurrentTime(london("2026-12-10T10:00"));
		execute(job("Event_MeetingDay", pi));
		complete(task(TASK_RECORD_OUTCOME, pi), withVariables(ACTION_PLAN, """
				[{"agency":"health","description":"Flag GP record","dueDate":"2026-12-17T17:00:00Z"},
				 {"agency":"education","description":"Tell the DSL","dueDate":"2026-12-11T17:00:00Z"}]"""));
		execute(job("Task_StartMaracActions", pi));

		var actions = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("AgencyActionProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.list();
		Assertions.assertThat(actions).hasSize(2).allSatisfy(action -> {
			Assertions.assertThat(runtimeService().getVariable(action.getId(), "escalationGroup"))
				.isEqualTo("marac-coordinator");
			// Engine tests run without authorization checks: look at the grants
			// themselves.
			Assertions
				.assertThat(authorizationService().createAuthorizationQuery()
					.resourceType(Resources.PROCESS_INSTANCE)
					.resourceId(action.getId())
					.list())
				.extracting(a -> a.getUserId() != null ? a.getUserId() : a.getGroupId())
				.containsExactlyInAnyOrder("investigator.demo", "police-ppu-hub", "marac-coordinator");
		});

		assertThat(pi).isWaitingAt("Event_FlagEnds");
		execute(job("Event_FlagEnds", pi));
		assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosed");
	}

	@Test
	void shouldReviewANewIncidentOnTheOpenCaseWithTheInvestigatingOfficer() {
		ProcessInstance pi = refer("H-M4", "investigator.demo");

		runtimeService().createMessageCorrelation(MESSAGE_NEW_INCIDENT)
			.processInstanceVariableEquals(HOUSEHOLD_ID, "H-M4")
			.correlateAll();

		assertThat(task(TASK_REVIEW_NEW_INCIDENT, pi)).hasCandidateGroup("marac-coordinator");
		complete(task(TASK_REVIEW_NEW_INCIDENT, pi),
				withVariables(NEW_INCIDENT_NOTES, "Bring forward to next meeting"));
		assertThat(task(TASK_INFORM_OFFICER, pi)).isAssignedTo("investigator.demo");
	}

	@Test
	void shouldListANewIncidentAfterTheMeetingForTheNextMeetingAndStartItsActions() {
		ProcessInstance pi = refer("H-M6", null);
		complete(task(TASK_LIST_CASE, pi), withVariables(MEETING_DATE, london("2026-12-10T10:00")));
		ClockUtil.setCurrentTime(london("2026-12-10T10:00"));
		execute(job("Event_MeetingDay", pi));
		complete(task(TASK_RECORD_OUTCOME, pi), withVariables(ACTION_PLAN, "[]"));
		execute(job("Task_StartMaracActions", pi));

		ClockUtil.setCurrentTime(london("2027-01-05T09:00"));
		runtimeService().createMessageCorrelation(MESSAGE_NEW_INCIDENT)
			.processInstanceVariableEquals(HOUSEHOLD_ID, "H-M6")
			.correlateAll();
		complete(task(TASK_REVIEW_NEW_INCIDENT, pi), withVariables(NEW_INCIDENT_NOTES, "Serious assault"));

		assertThat(task(TASK_LIST_NEW_INCIDENT, pi)).hasCandidateGroup("marac-coordinator")
			.hasDueDate(london("2027-01-07T09:00"));
		complete(task(TASK_LIST_NEW_INCIDENT, pi), withVariables(NEXT_MEETING_DATE, london("2027-01-14T10:00")));
		ClockUtil.setCurrentTime(london("2027-01-14T10:00"));
		execute(job("Event_NextMeetingDay", pi));
		complete(task(TASK_RECORD_NEW_INCIDENT_OUTCOME, pi), withVariables(ACTION_PLAN,
				"[{\"agency\":\"health\",\"description\":\"Flag GP record\",\"dueDate\":\"2027-01-21T17:00:00Z\"}]"));
		execute(job("Task_StartNewIncidentActions", pi));

		Assertions
			.assertThat(runtimeService().createProcessInstanceQuery()
				.processDefinitionKey("AgencyActionProcess")
				.variableValueEquals("parentProcessInstanceId", pi.getId())
				.count())
			.isEqualTo(1);
		assertThat(pi).hasPassed("EndEvent_NewIncidentReviewed").isWaitingAt("Event_FlagEnds");
	}

	@Test
	void shouldDiscussANewIncidentBeforeTheMeetingAtThatMeeting() {
		ProcessInstance pi = refer("H-M7", null);
		complete(task(TASK_LIST_CASE, pi), withVariables(MEETING_DATE, london("2026-12-10T10:00")));

		runtimeService().createMessageCorrelation(MESSAGE_NEW_INCIDENT)
			.processInstanceVariableEquals(HOUSEHOLD_ID, "H-M7")
			.correlateAll();
		complete(task(TASK_REVIEW_NEW_INCIDENT, pi), withVariables(NEW_INCIDENT_NOTES, "Add to the pack"));

		assertThat(pi).hasPassed("EndEvent_NewIncidentReviewed").hasNotPassed(TASK_LIST_NEW_INCIDENT);
	}

	@Test
	void shouldRecordWhetherTheVictimWasToldAndEscalateLateContactToTheCoordinator() {
		ProcessInstance pi = refer("H-M8", null);

		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_CONTACT_VICTIM, pi),
					withVariables(VICTIM_CONTACTED_AT, london("2026-11-20T11:00"), CONTACT_NOTES, "Spoke by phone",
							VICTIM_INFORMED, false)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(VICTIM_NOT_INFORMED_REASON);
		ClockUtil.setCurrentTime(london("2026-11-22T12:00"));
		execute(job("BoundaryEvent_ContactVictimOverdue", pi));
		assertThat(task("Task_ChaseContactVictim", pi)).hasCandidateGroup("marac-coordinator");
	}

	@Test
	void shouldReviewANewIncidentWithoutAnOfficerTask() {
		ProcessInstance pi = refer("H-M5", null);

		runtimeService().createMessageCorrelation(MESSAGE_NEW_INCIDENT)
			.processInstanceVariableEquals(HOUSEHOLD_ID, "H-M5")
			.correlateAll();
		complete(task(TASK_REVIEW_NEW_INCIDENT, pi), withVariables(NEW_INCIDENT_NOTES, "Noted"));

		assertThat(pi).hasPassed("EndEvent_NewIncidentReviewed");
	}

	@Test
	void shouldKeepOneOpenCasePerHousehold() {
		refer("H-M6", null);

		Assertions.assertThatThrownBy(() -> refer("H-M6", null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("already has an open MARAC case");
	}

}
