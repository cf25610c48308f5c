package uk.org.safeguard.policeprotection;

import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.policeprotection.PoliceProtectionProcess.*;

/** SPEC section 8: police protection (Children Act 1989 s.46), 72 hours at most. */
class PoliceProtectionProcessTests extends ProcessEngineTestSupport {

	/** A Tuesday, 23:00. */
	private static final Date PROTECTED = london("2026-12-01T23:00");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(london("2026-12-01T23:20"));
	}

	private ProcessInstance protect() {
		return runtimeService().startProcessInstanceByKey(KEY, "PP-2026-001",
				withVariables(CHILD_ID, "C-PP", CHILD_NAME, "Pat Example", CHILD_DATE_OF_BIRTH, "2014-02-02",
						PROTECTED_AT, PROTECTED, PLACE_OF_SAFETY, "Foster carer, emergency placement", REASON,
						"Found alone at home, aged 12, no adult for two days"));
	}

	@Test
	void shouldEndWithin72HoursAndGiveEveryDeadlineFromTheMomentOfProtection() {
		ProcessInstance pi = protect();

		assertThat(pi).variables().containsEntry(EXPIRES_AT, london("2026-12-04T23:00"));
		assertThat(task(TASK_INFORM_LOCAL_AUTHORITY, pi)).hasCandidateGroup("police-frontline")
			.hasDueDate(london("2026-12-02T00:00"));
		assertThat(task(TASK_DESIGNATED_OFFICER_INQUIRY, pi)).hasCandidateGroup("police-inspector")
			.hasDueDate(london("2026-12-02T03:00"));
		assertThat(task(TASK_DECIDE_EPO_APPLICATION, pi)).hasCandidateGroup("csc-team-manager")
			.hasDueDate(london("2026-12-02T23:00"));
		assertThat(task(TASK_END_POLICE_PROTECTION, pi)).hasCandidateGroup("police-inspector")
			.hasDueDate(london("2026-12-04T17:00"));
	}

	@Test
	void shouldEscalateTheInquiryAt0300AndTheEndToASuperintendentSixHoursBeforeTheLimit() {
		ProcessInstance pi = protect();

		ClockUtil.setCurrentTime(london("2026-12-02T03:00"));
		execute(job("BoundaryEvent_DesignatedOfficerInquiryOverdue", pi));
		assertThat(task("Task_ChaseDesignatedOfficerInquiry", pi)).hasCandidateGroup("police-superintendent");

		Assertions.assertThat(job("BoundaryEvent_EndPoliceProtectionOverdue", pi).getDuedate())
			.isEqualTo(london("2026-12-04T17:00"));
		ClockUtil.setCurrentTime(london("2026-12-04T17:00"));
		execute(job("BoundaryEvent_EndPoliceProtectionOverdue", pi));
		assertThat(task("Task_ChaseEndPoliceProtection", pi)).hasCandidateGroup("police-superintendent");
	}

	@Test
	void shouldStartAnImmediateStrategyDiscussionAtOnce() {
		ProcessInstance pi = protect();

		execute(job(TASK_START_STRATEGY_DISCUSSION, pi));

		ProcessInstance strategy = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("StrategyDiscussionProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult();
		assertThat(strategy).isActive()
			.variables()
			.containsEntry("urgency", "IMMEDIATE")
			.containsEntry(CHILD_ID, "C-PP");
	}

	@Test
	void shouldCloseEveryOpenTaskWhenProtectionEnds() {
		ProcessInstance pi = protect();
		ClockUtil.setCurrentTime(london("2026-12-02T10:00"));

		complete(task(TASK_END_POLICE_PROTECTION, pi),
				withVariables(ENDED_AT, london("2026-12-02T09:30"), OUTCOME, "LA_ACCOMMODATION"));

		assertThat(pi).isEnded().hasPassed("EndEvent_ProtectionEnded");
	}

	@Test
	void shouldRefuseAProtectionInTheFutureAndAnEndBeforeItBegan() {
		Assertions
			.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, "PP-2026-002",
					withVariables(CHILD_ID, "C-PP", CHILD_NAME, "Pat Example", CHILD_DATE_OF_BIRTH, "2014-02-02",
							PROTECTED_AT, london("2026-12-02T23:00"), PLACE_OF_SAFETY, "Home", REASON, "x")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(PROTECTED_AT);

		ProcessInstance pi = protect();
		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_END_POLICE_PROTECTION, pi),
					withVariables(ENDED_AT, london("2026-12-01T22:00"), OUTCOME, "RETURNED_HOME")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("endedAt must not be before protectedAt");
	}

}
