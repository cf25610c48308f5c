package uk.org.safeguard.migration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguard.identity.ApiAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * {@code POST /api/migrations/dry-run} and {@code POST /api/migrations}: move running
 * cases to a new version of their process. Process owners and administrators only.
 */
@RestController
class MigrationController {

	record Request(String processDefinitionKey, Integer targetVersion) {
	}

	private final MigrationService migrations;

	private final ApiAccess access;

	MigrationController(MigrationService migrations, ApiAccess access) {
		this.migrations = migrations;
		this.access = access;
	}

	@PostMapping("/api/migrations/dry-run")
	MigrationReport dryRun(@RequestBody Request request) {
		return run(request, true);
	}

	@PostMapping("/api/migrations")
	MigrationReport migrate(@RequestBody Request request) {
		return run(request, false);
	}

	private MigrationReport run(Request request, boolean dryRun) {
		access.requireAnyGroup(g -> g.equals(SafeguardGroups.PROCESS_OWNER) || g.equals(SafeguardGroups.ADMIN),
				"Only process owners migrate running cases");
		if (request == null || request.processDefinitionKey() == null || request.processDefinitionKey().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "processDefinitionKey is required");
		}
		try {
			return migrations.migrate(request.processDefinitionKey(), request.targetVersion(), dryRun);
		}
		catch (uk.org.safeguard.validation.InvalidInputException invalid) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, invalid.getMessage());
		}
	}

}
