package uk.org.safeguard.rso;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.rso.RsoManagementProcess.*;

class RsoManagementProcessTests extends ProcessEngineTestSupport {

	private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	private static final String MANAGER = "offender-manager.demo";

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(Date.from(NOW));
	}

	private static Date at(Instant instant) {
		return Date.from(instant);
	}

	private static Date plusDays(long days) {
		return at(NOW.plus(Duration.ofDays(days)));
	}

	private ProcessInstance register(String offenderId) {
		return runtimeService().startProcessInstanceByKey(KEY, offenderId,
				withVariables(OFFENDER_ID, offenderId, OFFENDER_NAME, "John Example", REGISTERED_AT, plusDays(-1),
						ADDRESS, "1 Low Road, Luton", CONVICTION_SUMMARY, "Sexual assault of a child under 13"));
	}

	private static Map<String, Object> visit(String risk) {
		Map<String, Object> v = new HashMap<>();
		v.put(VISIT_NOTES, "Compliant; lives alone");
		v.put(CHILD_CONTACT_IDENTIFIED, false);
		v.put(NEW_RELATIONSHIP, false);
		v.put(NOTIFICATION_BREACH_SUSPECTED, false);
		if (risk != null) {
			v.put(RISK_LEVEL, risk);
		}
		return v;
	}

	/** Allocation, initial visit (day 2) and ARMS (day 10) done. */
	private ProcessInstance managedAt(String offenderId, String risk) {
		ProcessInstance pi = register(offenderId);
		complete(task(TASK_ALLOCATE, pi), withVariables(OFFENDER_MANAGER, MANAGER));
		ClockUtil.setCurrentTime(plusDays(2));
		complete(task(TASK_INITIAL_VISIT, pi), visit(null));
		ClockUtil.setCurrentTime(plusDays(10));
		complete(task(TASK_ARMS, pi), withVariables(RISK_LEVEL, risk));
		return pi;
	}

	@Test
	void shouldAllocateWithinThreeDaysAndEscalateToTheDs() {
		ProcessInstance pi = register("RSO-1");

		// Three days from registration (a day ago), not from when the case was opened
		assertThat(task(TASK_ALLOCATE, pi)).hasCandidateGroup("police-offender-manager").hasDueDate(plusDays(2));
		execute(job("BoundaryEvent_AllocationOverdue", pi));
		assertThat(task(TASK_CHASE_ALLOCATION, pi)).hasCandidateGroup("police-ds");
	}

	@Test
	void shouldOweAnImportedRegistrationsAllocationAtOnce() {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "RSO-OLD",
				withVariables(OFFENDER_ID, "RSO-OLD", OFFENDER_NAME, "John Example", REGISTERED_AT, plusDays(-30),
						ADDRESS, "1 Low Road, Luton", CONVICTION_SUMMARY, "Sexual assault of a child under 13"));

		assertThat(task(TASK_ALLOCATE, pi)).hasDueDate(plusDays(-27));
	}

	@Test
	void shouldAssessANewRelationshipWithinThreeDays() {
		ProcessInstance pi = managedAt("RSO-REL", "MEDIUM");
		Map<String, Object> v = visit("MEDIUM");
		v.put(NEW_RELATIONSHIP, true);

		complete(task(TASK_HOME_VISIT, pi), v);

		assertThat(task(TASK_ASSESS_NEW_RELATIONSHIP, pi)).hasCandidateGroup("police-offender-manager")
			.hasDueDate(plusDays(13));
		complete(task(TASK_ASSESS_NEW_RELATIONSHIP, pi),
				withVariables(PARTNER_HAS_CHILDREN, true, RELATIONSHIP_ASSESSMENT, "Partner has two children; visit"));
		assertThat(pi).hasPassed("EndEvent_RelationshipAssessed");
	}

	@Test
	void shouldVisitWithinSevenDaysOfAllocationAndEscalateALateVisit() {
		ProcessInstance pi = register("RSO-2");
		ClockUtil.setCurrentTime(plusDays(1));
		complete(task(TASK_ALLOCATE, pi), withVariables(OFFENDER_MANAGER, MANAGER));

		assertThat(task(TASK_INITIAL_VISIT, pi)).isAssignedTo(MANAGER).hasDueDate(plusDays(8));
		execute(job("BoundaryEvent_InitialVisitOverdue", pi));
		assertThat(task(TASK_CHASE_INITIAL_VISIT, pi)).hasCandidateGroup("police-ds");
	}

	@Test
	void shouldCompleteArmsWithin28DaysOfRegistrationAndEscalateWhenLate() {
		ProcessInstance pi = register("RSO-3");
		complete(task(TASK_ALLOCATE, pi), withVariables(OFFENDER_MANAGER, MANAGER));
		complete(task(TASK_INITIAL_VISIT, pi), visit(null));

		assertThat(task(TASK_ARMS, pi)).isAssignedTo(MANAGER).hasDueDate(plusDays(27));
		execute(job("BoundaryEvent_ArmsOverdue", pi));
		assertThat(task(TASK_CHASE_ARMS, pi)).hasCandidateGroup("police-ds");
	}

	@Test
	void shouldVisitAtTheIntervalTheRiskRequiresFromTheLastVisit() {
		ProcessInstance pi = managedAt("RSO-4", "HIGH");

		Date lastVisit = plusDays(2);
		assertThat(task(TASK_HOME_VISIT, pi)).isAssignedTo(MANAGER)
			.hasDueDate(Date.from(lastVisit.toInstant().atZone(WorkingDays.ZONE).plusMonths(3).toInstant()));

		ClockUtil.setCurrentTime(plusDays(60));
		complete(task(TASK_HOME_VISIT, pi), visit("VERY_HIGH"));
		execute(job("Task_RecordHomeVisit", pi));
		assertThat(task(TASK_HOME_VISIT, pi)).hasDueDate(Date
			.from(ZonedDateTime.ofInstant(NOW.plus(Duration.ofDays(60)), WorkingDays.ZONE).plusMonths(1).toInstant()));
	}

	@Test
	void shouldLetTheOfficerSetAShorterIntervalAndEscalateAnOverdueVisit() {
		ProcessInstance pi = managedAt("RSO-5", "LOW");
		ClockUtil.setCurrentTime(plusDays(30));
		Map<String, Object> v = visit("LOW");
		v.put(NEXT_VISIT_WITHIN, "P2W");

		complete(task(TASK_HOME_VISIT, pi), v);
		execute(job("Task_RecordHomeVisit", pi));

		assertThat(task(TASK_HOME_VISIT, pi)).hasDueDate(plusDays(44));
		execute(job("BoundaryEvent_HomeVisitOverdue", pi));
		assertThat(task(TASK_CHASE_HOME_VISIT, pi)).hasCandidateGroup("police-ds");
		Assertions.assertThat(taskService().getVariableLocal(task(TASK_CHASE_HOME_VISIT, pi).getId(), "escalationOf"))
			.isEqualTo(TASK_HOME_VISIT);
	}

	@Test
	void shouldReferAChildContactTheSameDayAndAskTheDsToDecideDisclosure() {
		ProcessInstance pi = managedAt("RSO-6", "MEDIUM");
		Map<String, Object> v = visit("HIGH");
		v.put(CHILD_CONTACT_IDENTIFIED, true);
		v.put(CHILD_CONTACT_ID, "C-SAM");
		v.put(CHILD_CONTACT_NAME, "Sam Example");
		v.put(CHILD_CONTACT_DATE_OF_BIRTH, "2010-04-04");
		v.put(CHILD_CONTACT_DETAILS, "New partner's son, 16, lives at the address");

		complete(task(TASK_HOME_VISIT, pi), v);
		execute(job("Task_ReferChildContact", pi));

		ProcessInstance referral = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult();
		assertThat(referral).variables()
			.containsEntry("concernType", "RSO_CONTACT")
			.containsEntry("childName", "Sam Example")
			.containsEntry("childId", "C-SAM");
		assertThat(task(TASK_DECIDE_DISCLOSURE, pi)).hasCandidateGroup("police-ds").hasDueDate(plusDays(11));
		ClockUtil.setCurrentTime(plusDays(11));
		execute(job("BoundaryEvent_DecideDisclosureOverdue", pi));
		assertThat(task("Task_ChaseDecideDisclosure", pi)).hasCandidateGroup("police-di");
	}

	@Test
	void shouldStartAVsomtInvestigationForASuspectedNotificationBreach() {
		ProcessInstance pi = managedAt("RSO-7", "MEDIUM");
		Map<String, Object> v = visit("MEDIUM");
		v.put(NOTIFICATION_BREACH_SUSPECTED, true);

		complete(task(TASK_HOME_VISIT, pi), v);
		execute(job("Task_StartBreachInvestigation", pi));

		assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("InvestigationProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult()).variables()
			.containsEntry("team", "VSOMT")
			.containsEntry("offenceType", "NOTIFICATION_BREACH");
	}

	@Test
	void shouldUpdateTheTravelRecordWhenTravelIsNotified() {
		ProcessInstance pi = managedAt("RSO-8", "MEDIUM");

		runtimeService().correlateMessage(MESSAGE_TRAVEL_NOTIFIED, "RSO-8", Map.of(TRAVEL_DETAILS, "Spain, 1-8 Dec"));

		assertThat(task(TASK_UPDATE_TRAVEL, pi)).hasCandidateGroup("police-offender-manager").hasDueDate(plusDays(11));
		assertThat(pi).isWaitingAt(TASK_HOME_VISIT, TASK_UPDATE_TRAVEL);
	}

	@Test
	void shouldEndManagementWhenTheOffenderIsDeregistered() {
		ProcessInstance pi = managedAt("RSO-9", "MEDIUM");

		runtimeService().correlateMessage(MESSAGE_DEREGISTERED, "RSO-9");

		assertThat(pi).isEnded().hasPassed("EndEvent_Deregistered");
	}

	@Test
	void shouldMoveALowRiskOffenderToReactiveManagementAfterThreeYearsAndBackOnNewInformation() {
		ProcessInstance pi = managedAt("RSO-10", "LOW");
		ClockUtil.setCurrentTime(plusDays(365 * 3 + 20));
		complete(task(TASK_HOME_VISIT, pi), visit("LOW"));
		execute(job("Task_RecordHomeVisit", pi));

		assertThat(task(TASK_CONSIDER_REACTIVE, pi)).hasCandidateGroup("police-di");
		complete(task(TASK_CONSIDER_REACTIVE, pi),
				withVariables(REACTIVE_MANAGEMENT, true, REACTIVE_RATIONALE, "Low risk and compliant for 3 years"));
		assertThat(pi).isWaitingAt("Gateway_AwaitReactiveEvent");

		execute(job("Event_AnnualReviewDue", pi));
		complete(task(TASK_ANNUAL_REVIEW, pi), withVariables(REVIEW_NOTES, "Annual notification made"));
		assertThat(pi).isWaitingAt("Gateway_AwaitReactiveEvent");

		runtimeService().correlateMessage(MESSAGE_NEW_INFORMATION, "RSO-10");
		complete(task(TASK_REVIEW_NEW_INFORMATION, pi), withVariables(REVIEW_NOTES, "New partner with children"));
		assertThat(pi).isWaitingAt(TASK_HOME_VISIT);
	}

	@Test
	void shouldRefuseAChildContactWithoutTheChildsDetails() {
		ProcessInstance pi = managedAt("RSO-11", "MEDIUM");
		Map<String, Object> v = visit("MEDIUM");
		v.put(CHILD_CONTACT_IDENTIFIED, true);
		String taskId = task(TASK_HOME_VISIT, pi).getId();

		Assertions.assertThatThrownBy(() -> taskService().complete(taskId, v))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll(CHILD_CONTACT_DETAILS, CHILD_CONTACT_ID, CHILD_CONTACT_NAME,
					CHILD_CONTACT_DATE_OF_BIRTH);
	}

}
