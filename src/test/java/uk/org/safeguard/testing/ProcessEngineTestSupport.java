package uk.org.safeguard.testing;

import java.util.ArrayList;
import java.util.Date;
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
import uk.org.safeguard.missing.MissingEpisodes;
import uk.org.safeguard.missing.MissingRules;
import uk.org.safeguard.missing.MissingTimescales;
import uk.org.safeguard.missing.TriggerPlans;
import uk.org.safeguard.custody.CustodyRules;
import uk.org.safeguard.custody.CustodySchedule;
import uk.org.safeguard.custody.CustodyTimescales;
import uk.org.safeguard.rso.RsoRules;
import uk.org.safeguard.rso.RsoSchedule;
import uk.org.safeguard.rso.RsoTimescales;
import uk.org.safeguard.domesticabuse.AssessCumulativeRiskDelegate;
import uk.org.safeguard.domesticabuse.DomesticAbuseRules;
import uk.org.safeguard.domesticabuse.ReferToMaracDelegate;
import uk.org.safeguard.domesticabuse.StartIncidentWorkDelegate;
import uk.org.safeguard.marac.MaracAgencies;
import uk.org.safeguard.marac.MaracRules;
import uk.org.safeguard.marac.OpenMaracCaseDelegate;
import uk.org.safeguard.marac.StartMaracActionsDelegate;
import uk.org.safeguard.referral.ChildReferralRules;
import uk.org.safeguard.referral.RecordReferralDelegate;
import uk.org.safeguard.referral.ChildReferralTimescales;
import uk.org.safeguard.referral.SendReferralToMashDelegate;
import uk.org.safeguard.referral.StartStrategyDiscussionDelegate;
import uk.org.safeguard.section47.Section47Deadlines;
import uk.org.safeguard.section47.Section47Rules;
import uk.org.safeguard.strategy.PlanStrategyDiscussionDelegate;
import uk.org.safeguard.strategy.StartAgreedWorkDelegate;
import uk.org.safeguard.strategy.StrategyDiscussionRules;
import uk.org.safeguard.strategy.StrategyTimescales;
import uk.org.safeguard.investigation.CalculateInvestigationDeadlinesDelegate;
import uk.org.safeguard.investigation.InvestigationRules;
import uk.org.safeguard.investigation.InvestigationTimescales;
import uk.org.safeguard.investigation.ScheduleSupervisoryReviewDelegate;
import uk.org.safeguard.investigation.SupervisionRanks;
import uk.org.safeguard.investigation.SupervisionSchedule;
import uk.org.safeguard.compliance.DeadlineTrackingPlugin;
import uk.org.safeguard.compliance.TaskDeadlines;
import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.modelling.ModellingPlugin;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.InputValidationPlugin;

/**
 * Base of the fast engine-level process tests: one in-memory engine per test JVM with
 * Safeguard's plugins and beans, the job executor off (tests execute jobs themselves) and
 * the clock reset after each test.
 */
public abstract class ProcessEngineTestSupport {

	/** Every process's input rules, as the application registers them. */
	public static final List<InputRules> RULES = List.of(new AgencyActionRules(), new InvestigationRules(),
			new ChildReferralRules(), new StrategyDiscussionRules(), new Section47Rules(),
			new uk.org.safeguard.childprotection.ChildProtectionPlanRules(),
			new uk.org.safeguard.policeprotection.PoliceProtectionRules(),
			new uk.org.safeguard.assessment.AssessmentRules(), new DomesticAbuseRules(),
			new MaracRules(uk.org.safeguard.marac.MaracTimescales.defaults()), new RsoRules(), new CustodyRules(),
			new MissingRules());

	private static ProcessEngine engine;

	/**
	 * Per test instance: the extension forgets its engine after each class, and the
	 * engine is shared.
	 */
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
			configuration.setEnableHistoricInstancePermissions(true);
			configuration.setBeans(beans());
			configuration.setProcessEnginePlugins(new ArrayList<>(
					List.of(new SpinProcessEnginePlugin(), new InputValidationPlugin(RULES), new EscalationPlugin(),
							new ModellingPlugin(), new uk.org.safeguard.security.SecurityPlugin(),
							new DeadlineTrackingPlugin(ProcessEngineTestSupport::taskDeadlines))));
			engine = configuration.buildProcessEngine();
			// Safeguard's own tables in the engine's database, as the application's
			// Flyway migrations make them.
			uk.org.safeguard.system.SafeguardSchema.migrate(configuration.getDataSource());
			// Trigger plans live in Safeguard's own table in the engine's database.
			configuration.getBeans()
				.put("missingEpisodes", new MissingEpisodes(MissingTimescales.defaults(), triggerPlans()));
		}
		return engine;
	}

	/**
	 * The beans BPMN expressions use, wired as the application wires them, with default
	 * timescales.
	 */
	private static Map<Object, Object> beans() {
		SupervisionRanks ranks = new SupervisionRanks();
		InvestigationTimescales timescales = InvestigationTimescales.defaults();
		WorkingDays workingDays = new WorkingDays(List.of());
		Map<Object, Object> beans = new java.util.HashMap<>();
		beans.put("workingDays", workingDays);
		beans.put("escalations", new uk.org.safeguard.escalation.Escalations(
				uk.org.safeguard.escalation.EscalationTimescales.defaults()));
		beans.put("supervisionRanks", ranks);
		beans.put("calculateInvestigationDeadlinesDelegate", new CalculateInvestigationDeadlinesDelegate(timescales));
		beans.put("scheduleSupervisoryReviewDelegate",
				new ScheduleSupervisoryReviewDelegate(new SupervisionSchedule(ranks, timescales.reviewInterval())));
		beans.put("recordReferralDelegate",
				new RecordReferralDelegate(ChildReferralTimescales.defaults(), workingDays));
		beans.put("sendReferralToMashDelegate",
				new SendReferralToMashDelegate(ChildReferralTimescales.defaults(), workingDays));
		beans.put("startStrategyDiscussionDelegate", new StartStrategyDiscussionDelegate());
		beans.put("planStrategyDiscussionDelegate",
				new PlanStrategyDiscussionDelegate(StrategyTimescales.defaults(), workingDays));
		beans.put("startAgreedWorkDelegate", new StartAgreedWorkDelegate(StrategyTimescales.defaults(),
				uk.org.safeguard.strategy.StrategyInvestigations.defaults()));
		beans.put("childProtectionPlanDeadlines", new uk.org.safeguard.childprotection.ChildProtectionPlanDeadlines(
				uk.org.safeguard.childprotection.ChildProtectionPlanTimescales.defaults(), workingDays));
		beans.put("policeProtectionDeadlines", new uk.org.safeguard.policeprotection.PoliceProtectionDeadlines(
				uk.org.safeguard.policeprotection.PoliceProtectionTimescales.defaults()));
		beans.put("assessmentDeadlines", new uk.org.safeguard.assessment.AssessmentDeadlines(workingDays));
		beans.put("referralLinks", new uk.org.safeguard.referral.ReferralLinks());
		beans.put("section47Deadlines",
				new Section47Deadlines(workingDays, uk.org.safeguard.section47.Section47Timescales.defaults()));
		beans.put("assessCumulativeRiskDelegate",
				new AssessCumulativeRiskDelegate(uk.org.safeguard.domesticabuse.DomesticAbuseTimescales.defaults()));
		beans.put("startIncidentWorkDelegate", new StartIncidentWorkDelegate());
		beans.put("referToMaracDelegate", new ReferToMaracDelegate());
		beans.put("openMaracCaseDelegate",
				new OpenMaracCaseDelegate(uk.org.safeguard.marac.MaracTimescales.defaults()));
		beans.put("startMaracActionsDelegate", new StartMaracActionsDelegate());
		beans.put("maracAgencies", new MaracAgencies());
		beans.put("maracMeetings",
				new uk.org.safeguard.marac.MaracMeetings(uk.org.safeguard.marac.MaracTimescales.defaults()));
		beans.put("rsoSchedule", new RsoSchedule(RsoTimescales.defaults()));
		beans.put("custodySchedule", new CustodySchedule(CustodyTimescales.defaults()));
		return beans;
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
		return new TriggerPlans(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine()
			.getProcessEngineConfiguration()).getDataSource());
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
