package uk.org.safeguard.migration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.safeguard.migration.MigrationReport.Case;
import uk.org.safeguard.validation.InvalidInputException;

/**
 * Moves running cases of a process from older versions to a target version with Camunda's
 * migration API: activities with equal ids are mapped, so open tasks keep their assignee
 * and due date and boundary timers keep their due time. A dry run migrates each case
 * inside a transaction that is then rolled back, so it reports exactly what the real run
 * would do, case by case.
 */
@Service
public class MigrationService {

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final TransactionTemplate transactions;

	private final org.camunda.bpm.engine.IdentityService identityService;

	MigrationService(RepositoryService repositoryService, RuntimeService runtimeService,
			TransactionTemplate transactions, org.camunda.bpm.engine.IdentityService identityService) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.transactions = transactions;
		this.identityService = identityService;
	}

	/**
	 * Which cases run on a version. Process owners read no case data (SPEC section 7), so
	 * the engine would show them none; the ids and references are listed here without
	 * their authorization, and nothing else.
	 */
	private List<ProcessInstance> instancesOf(String processDefinitionId) {
		var authentication = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return runtimeService.createProcessInstanceQuery().processDefinitionId(processDefinitionId).list();
		}
		finally {
			if (authentication != null) {
				identityService.setAuthentication(authentication);
			}
		}
	}

	public MigrationReport migrate(String processDefinitionKey, Integer targetVersion, boolean dryRun) {
		ProcessDefinition target = target(processDefinitionKey, targetVersion);
		List<String> planProblems = new ArrayList<>();
		List<Case> cases = new ArrayList<>();
		for (ProcessDefinition source : repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(processDefinitionKey)
			.orderByProcessDefinitionVersion()
			.asc()
			.list()) {
			if (source.getVersion() >= target.getVersion()) {
				continue;
			}
			List<ProcessInstance> instances = instancesOf(source.getId());
			if (instances.isEmpty()) {
				continue;
			}
			MigrationPlan plan;
			try {
				plan = runtimeService.createMigrationPlan(source.getId(), target.getId())
					.mapEqualActivities()
					.updateEventTriggers()
					.build();
			}
			catch (MigrationPlanValidationException invalid) {
				List<String> reasons = planReasons(invalid);
				planProblems.addAll(reasons.stream().map(r -> "v" + source.getVersion() + ": " + r).toList());
				instances.forEach(pi -> cases
					.add(new Case(pi.getId(), pi.getBusinessKey(), source.getVersion(), false, false, reasons)));
				continue;
			}
			for (ProcessInstance instance : instances) {
				cases.add(migrateOne(plan, instance, source.getVersion(), dryRun));
			}
		}
		int migratable = (int) cases.stream().filter(Case::migratable).count();
		return new MigrationReport(processDefinitionKey, target.getVersion(), target.getVersionTag(), dryRun,
				migratable, cases.size() - migratable, planProblems, cases);
	}

	private Case migrateOne(MigrationPlan plan, ProcessInstance instance, int sourceVersion, boolean dryRun) {
		List<String> reasons = new ArrayList<>();
		Boolean migrated = transactions.execute(status -> {
			try {
				runtimeService.newMigration(plan).processInstanceIds(instance.getId()).skipCustomListeners().execute();
			}
			catch (MigratingProcessInstanceValidationException invalid) {
				reasons.addAll(instanceReasons(invalid));
				status.setRollbackOnly();
				return false;
			}
			if (dryRun) {
				status.setRollbackOnly();
				return false;
			}
			return true;
		});
		return new Case(instance.getId(), instance.getBusinessKey(), sourceVersion, reasons.isEmpty(),
				Boolean.TRUE.equals(migrated), reasons);
	}

	private ProcessDefinition target(String key, Integer version) {
		var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
		ProcessDefinition target = version == null ? query.latestVersion().singleResult()
				: query.processDefinitionVersion(version).singleResult();
		if (target == null) {
			throw new InvalidInputException(List.of("processDefinitionKey " + key
					+ (version == null ? "" : " version " + version) + " is not deployed"));
		}
		return target;
	}

	private static List<String> planReasons(MigrationPlanValidationException invalid) {
		List<String> reasons = new ArrayList<>();
		for (MigrationInstructionValidationReport report : invalid.getValidationReport().getInstructionReports()) {
			report.getFailures()
				.forEach(f -> reasons.add(report.getMigrationInstruction().getSourceActivityId() + ": " + f));
		}
		return reasons;
	}

	private static List<String> instanceReasons(MigratingProcessInstanceValidationException invalid) {
		var report = invalid.getValidationReport();
		List<String> reasons = new ArrayList<>(report.getFailures());
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			activity.getFailures().forEach(f -> reasons.add(activity.getSourceScopeId() + ": " + f));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			transition.getFailures().forEach(f -> reasons.add(transition.getSourceScopeId() + ": " + f));
		}
		return reasons;
	}

}
