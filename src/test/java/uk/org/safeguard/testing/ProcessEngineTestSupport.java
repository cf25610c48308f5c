package uk.org.safeguard.testing;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

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

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.missing.TriggerPlans;
import uk.org.safeguard.compliance.DeadlineTrackingPlugin;
import uk.org.safeguard.compliance.TaskDeadlines;
import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.modelling.ModellingPlugin;
import uk.org.safeguard.validation.InputValidationPlugin;

/**
 * Base of the fast engine-level process tests: one in-memory engine per test JVM with
 * Safeguard's plugins and beans, the job executor off (tests execute jobs themselves) and
 * the clock reset after each test.
 */
public abstract class ProcessEngineTestSupport {

	private static ProcessEngine engine;

	/**
	 * Per test instance: the extension forgets its engine after each class, and the
	 * engine is shared.
	 */
	@RegisterExtension
	protected final ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(engine())
		.build();

	private static ModelBeansContext beans;

	static synchronized ProcessEngine engine() {
		if (engine == null) {
			javax.sql.DataSource dataSource = new org.apache.ibatis.datasource.pooled.PooledDataSource("org.h2.Driver",
					"jdbc:h2:mem:safeguard-process-tests;DB_CLOSE_DELAY=-1", "sa", "");
			// Safeguard's own tables in the engine's database, as the application's
			// Flyway migrations make them (trigger plans live there).
			uk.org.safeguard.system.SafeguardSchema.migrate(dataSource);
			beans = new ModelBeansContext(dataSource);
			StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
			configuration.setProcessEngineName("safeguard-process-tests");
			configuration.setDataSource(dataSource);
			configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
			configuration.setJobExecutorActivate(false);
			configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
			configuration.setEnableHistoricInstancePermissions(true);
			configuration.setBeans(beans.modelBeans());
			configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin(),
					new InputValidationPlugin(beans.rules()), new EscalationPlugin(), new ModellingPlugin(),
					new uk.org.safeguard.security.SecurityPlugin(),
					new DeadlineTrackingPlugin(ProcessEngineTestSupport::taskDeadlines))));
			engine = configuration.buildProcessEngine();
		}
		return engine;
	}

	/**
	 * A London wall-clock time ({@code 2026-12-24T10:00}) as a Date: deadlines are London
	 * times.
	 */
	protected static Date london(String localTime) {
		return Date.from(java.time.LocalDateTime.parse(localTime).atZone(WorkingDays.ZONE).toInstant());
	}

	/**
	 * Deploys every model and form of the project, as the application does, for tests
	 * across processes.
	 */
	protected void deployAllModels() {
		var deployment = extension.getRepositoryService().createDeployment().name("all-models");
		for (String folder : List.of("bpmn", "forms")) {
			try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
				for (var file : files.sorted().toList()) {
					deployment.addInputStream(folder + "/" + file.getFileName(),
							java.nio.file.Files.newInputStream(file));
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		extension.manageDeployment(deployment.deploy());
	}

	private static TaskDeadlines taskDeadlines;

	/** The reporting table, in the engine's own database. */
	protected static synchronized TaskDeadlines taskDeadlines() {
		if (taskDeadlines == null) {
			taskDeadlines = new TaskDeadlines(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine()
				.getProcessEngineConfiguration()).getDataSource());
		}
		return taskDeadlines;
	}

	protected static TriggerPlans triggerPlans() {
		engine();
		return beans.bean(TriggerPlans.class);
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
