package uk.org.safeguard.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.compliance.ComplianceReport.Counts;
import uk.org.safeguard.testing.ProcessEngineTestSupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

class ComplianceServiceTests extends ProcessEngineTestSupport {

	/**
	 * Every model and form, as the application deploys them (the one way engine tests
	 * deploy).
	 */
	@org.junit.jupiter.api.BeforeEach
	void deployModels() {
		deployAllModels();
	}

	private static final Instant NOW = Instant.parse("2031-03-02T10:00:00Z");

	@BeforeEach
	void fixTheClockAndClearTheTable() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		taskDeadlines().jdbc().update("delete from SG_TASK_DEADLINE");
	}

	private ProcessInstance action(String agency, long dueInHours) {
		return runtimeService().startProcessInstanceByKey("AgencyActionProcess",
				withVariables("agency", agency, "actionDescription", "Do it", "actionDueDate",
						Date.from(NOW.plus(Duration.ofHours(dueInHours))), "escalationGroup", "marac-coordinator",
						"caseReference", "C"));
	}

	private void done(ProcessInstance pi) {
		complete(task("Task_CompleteAgencyAction", pi), withVariables("actionOutcome", "DONE", "actionNotes", "Done"));
	}

	@Test
	void shouldCountOnTimeLateOverdueOpenAndEscalatedTasks() {
		ProcessInstance onTime = action("health", 10);
		ProcessInstance late = action("health", 2);
		ProcessInstance overdue = action("education", 1);
		action("education", 48);
		done(onTime);
		execute(job(late));
		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(5))));
		done(late);

		ComplianceReport report = new ComplianceService(taskDeadlines()).report(new ComplianceService.Filter(
				NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), null, null, null));

		Assertions.assertThat(report.total()).isEqualTo(new Counts(1, 1, 3.0, 3.0, 1, 1, 1));
		Assertions.assertThat(report.byGroup())
			.extracting(line -> line.candidateGroup() + ":" + line.counts().openOverdue())
			.contains("education:1", "health:0");
		Assertions.assertThat(report.byTask())
			.extracting(ComplianceReport.Line::taskKey)
			.contains("Task_CompleteAgencyAction", "Task_ChaseOverdueAction");
		Assertions.assertThat(overdue).isNotNull();
	}

	@Test
	void shouldFilterByGroupAndProcess() {
		action("health", 1);
		action("education", 1);

		ComplianceReport health = new ComplianceService(taskDeadlines()).report(new ComplianceService.Filter(
				NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), "AgencyActionProcess", "health", null));

		Assertions.assertThat(health.total().openWithinTime()).isEqualTo(1);
		Assertions.assertThat(health.byGroup()).hasSize(1);
		Assertions
			.assertThat(
					new ComplianceService(taskDeadlines())
						.report(new ComplianceService.Filter(NOW.minus(Duration.ofDays(1)),
								NOW.plus(Duration.ofDays(1)), "NoSuchProcess", null, null))
						.total()
						.openWithinTime())
			.isZero();
	}

}
