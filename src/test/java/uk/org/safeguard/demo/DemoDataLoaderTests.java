package uk.org.safeguard.demo;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguard.compliance.ComplianceService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set: cases across the processes, some late, some escalated; loaded once.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:safeguard-demo-data;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
@ActiveProfiles({ "demo", "demo-data" })
class DemoDataLoaderTests {

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	ComplianceService compliance;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void shouldLoadLateOverdueAndEscalatedCasesAcrossTheProcessesOnce() throws Exception {
		long cases = history.createHistoricProcessInstanceQuery().count();
		assertThat(cases).isGreaterThan(300);
		for (String key : List.of("InvestigationProcess", "AgencyActionProcess", "ChildReferralProcess",
				"ChildInCustodyProcess", "MissingChildProcess")) {
			assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(key).count()).as(key)
				.isPositive();
		}
		var now = java.time.Instant.now();
		var total = compliance
			.report(new ComplianceService.Filter(now.minus(java.time.Duration.ofDays(400)), now.plusSeconds(1), null,
					null, null))
			.total();
		assertThat(total.completedOnTime()).isPositive();
		assertThat(total.completedLate()).isPositive();
		assertThat(total.openOverdue()).isPositive();
		assertThat(total.escalations()).isPositive();
		assertThat(tasks.createTaskQuery().taskVariableValueLike("escalationOf", "%").count()).isPositive();

		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(cases);
	}

}
