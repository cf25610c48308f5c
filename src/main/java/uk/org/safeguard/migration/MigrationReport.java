package uk.org.safeguard.migration;

import java.util.List;

/**
 * What moving a process's running cases to another version does (or would do): per case,
 * whether it can move and why not.
 */
public record MigrationReport(String processDefinitionKey, int targetVersion, String targetVersionTag, boolean dryRun,
		int migratable, int notMigratable, List<String> planProblems, List<Case> cases) {

	public record Case(String processInstanceId, String businessKey, int sourceVersion, boolean migratable,
			boolean migrated, List<String> reasons) {
	}

}
