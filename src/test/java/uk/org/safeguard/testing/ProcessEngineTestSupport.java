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
import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.InputValidationPlugin;

/**
 * Base of the fast engine-level process tests: one in-memory engine per test JVM with Safeguard's plugins
 * and beans, the job executor off (tests execute jobs themselves) and the clock reset after each test.
 */
public abstract class ProcessEngineTestSupport {

	/** Every process's input rules, as the application registers them. */
	public static final List<InputRules> RULES = List.of(new AgencyActionRules());

	private static ProcessEngine engine;

	@RegisterExtension
	protected static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
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
			configuration.setBeans(Map.of("workingDays", new WorkingDays(List.of())));
			configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin(),
					new InputValidationPlugin(RULES), new EscalationPlugin())));
			engine = configuration.buildProcessEngine();
		}
		return engine;
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
