package uk.org.safeguard.agencyaction;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.agencyaction.AgencyActionProcess.*;

class AgencyActionProcessTests extends ProcessEngineTestSupport {

	/**
	 * Every model and form, as the application deploys them (the one way engine tests
	 * deploy).
	 */
	@org.junit.jupiter.api.BeforeEach
	void deployModels() {
		deployAllModels();
	}

	private static final Date DUE = Date.from(Instant.parse("2026-12-18T17:00:00Z"));

	private ProcessInstance startAction() {
		return runtimeService().startProcessInstanceByKey(KEY, "MARAC-2026-001",
				withVariables(AGENCY, "health", ACTION_DESCRIPTION, "Share GP records with the IDVA", ACTION_DUE_DATE,
						DUE, ESCALATION_GROUP, "marac-coordinator", CASE_REFERENCE, "MARAC-2026-001"));
	}

	@Test
	void shouldGiveTheActionToTheAgencyWithItsDueDate() {
		ProcessInstance pi = startAction();

		assertThat(pi).isWaitingAt(TASK_COMPLETE_ACTION);
		assertThat(task(pi)).hasCandidateGroup("health").hasDueDate(DUE);
	}

	@Test
	void shouldResolveTheTaskFormFromTheDeployment() throws Exception {
		ProcessInstance pi = startAction();

		try (var form = formService().getDeployedTaskForm(task(pi).getId())) {
			Assertions.assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("\"id\": \"AgencyActionCompleteForm\"", "actionNotes");
		}
	}

	@Test
	void shouldEndWhenTheAgencyReportsTheActionDone() {
		ProcessInstance pi = startAction();

		complete(task(pi), withVariables(ACTION_OUTCOME, "DONE", ACTION_NOTES, "Records shared on 10 December"));

		assertThat(pi).isEnded().hasPassed("EndEvent_ActionDone");
	}

	@Test
	void shouldEndWhenTheAgencyReportsTheActionNotPossible() {
		ProcessInstance pi = startAction();

		complete(task(pi), withVariables(ACTION_OUTCOME, "NOT_POSSIBLE", ACTION_NOTES, "Family moved out of area"));

		assertThat(pi).isEnded().hasPassed("EndEvent_ActionNotPossible");
	}

	@Test
	void shouldEscalateToTheEscalationGroupWhenTheActionIsOverdue() {
		ProcessInstance pi = startAction();
		Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
		Assertions.assertThat(timer.getDuedate()).isEqualTo(DUE);

		execute(timer);

		assertThat(pi).isWaitingAt(TASK_COMPLETE_ACTION, TASK_CHASE_OVERDUE_ACTION);
		Task chase = task(TASK_CHASE_OVERDUE_ACTION, pi);
		assertThat(chase).hasCandidateGroup("marac-coordinator");
		Assertions.assertThat(taskService().getVariableLocal(chase.getId(), "escalationOf"))
			.isEqualTo(TASK_COMPLETE_ACTION);
		Assertions.assertThat(taskService().getVariableLocal(task(TASK_COMPLETE_ACTION, pi).getId(), "escalationOf"))
			.isNull();
	}

	@Test
	void shouldKeepTheActionOpenAfterTheChaseIsRecorded() {
		ProcessInstance pi = startAction();
		execute(job(pi));

		complete(task(TASK_CHASE_OVERDUE_ACTION, pi), withVariables(CHASE_NOTES, "Phoned the GP practice manager"));

		assertThat(pi).isWaitingAt(TASK_COMPLETE_ACTION).hasPassed("EndEvent_OverdueActionChased");
	}

	@Test
	void shouldCloseAnOpenChaseWhenTheActionIsCompleted() {
		ProcessInstance pi = startAction();
		execute(job(pi));

		complete(task(TASK_COMPLETE_ACTION, pi), withVariables(ACTION_OUTCOME, "DONE", ACTION_NOTES, "Done late"));

		assertThat(pi).isEnded();
		Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
	}

	@Test
	void shouldRefuseToStartWithoutRequiredVariablesAndCreateNothing() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
				Map.of(AGENCY, "nobody", ACTION_DUE_DATE, "tomorrow")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll(ACTION_DESCRIPTION, ACTION_DUE_DATE, CASE_REFERENCE, AGENCY, ESCALATION_GROUP);

		Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
		Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
	}

	@Test
	void shouldRefuseToCompleteWithoutOutcomeAndNotesAndKeepTheTaskOpen() {
		ProcessInstance pi = startAction();
		Task task = task(pi);

		assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of(ACTION_OUTCOME, "MAYBE"))).rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContainingAll(ACTION_OUTCOME, ACTION_NOTES);

		assertThat(pi).isWaitingAt(TASK_COMPLETE_ACTION);
		Assertions.assertThat(runtimeService().getVariable(pi.getId(), ACTION_OUTCOME)).isNull();
	}

}
