package uk.org.safeguard.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.org.safeguard.agencyaction.AgencyActionRules;
import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.investigation.CalculateInvestigationDeadlinesDelegate;
import uk.org.safeguard.investigation.InvestigationRules;
import uk.org.safeguard.investigation.InvestigationTimescales;
import uk.org.safeguard.investigation.ScheduleSupervisoryReviewDelegate;
import uk.org.safeguard.investigation.SupervisionRanks;
import uk.org.safeguard.investigation.SupervisionSchedule;
import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.InputValidationPlugin;

/**
 * Base of the fast engine-level process tests: one in-memory engine per test JVM with Safeguard's plugins
 * and beans, the job executor off (tests execute jobs themselves) and the clock reset after each test.
 */
public abstract class ProcessEngineTestSupport {

	/** Every process's input rules, as the application registers them. */
	public static final List<InputRules> RULES = List.of(new AgencyActionRules(), new InvestigationRules());

	private static ProcessEngine engine;

	/** Per test instance: the extension forgets its engine after each class, and the engine is shared. */
	@RegisterExtension
	protected final ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(engine())
		.build();

	static synchronized ProcessEngine engine() {
		if (engine == null) {
			StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
			configuration.setProcessEngineName("safeguard-process-tests");
			configuration.setJdbcUrl("jdbc:h2:mem:safeguard-process-tests;DB_CLOSE_DELAY=-1");
			configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
			configuration.setJobExecutorActivate(false);
			configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
			configuration.setBeans(beans());
			configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin(),
					new InputValidationPlugin(RULES), new EscalationPlugin())));
			engine = configuration.buildProcessEngine();
		}
		return engine;
	}

	/** The beans BPMN expressions use, wired as the application wires them, with default timescales. */
	private static Map<Object, Object> beans() {
		SupervisionRanks ranks = new SupervisionRanks();
		InvestigationTimescales timescales = InvestigationTimescales.defaults();
		return Map.of("workingDays", new WorkingDays(List.of()), "supervisionRanks", ranks,
				"calculateInvestigationDeadlinesDelegate", new CalculateInvestigationDeadlinesDelegate(timescales),
				"scheduleSupervisoryReviewDelegate",
				new ScheduleSupervisoryReviewDelegate(new SupervisionSchedule(ranks, timescales.reviewInterval())));
	}

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(extension.getProcessEngine());
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

}
