package uk.org.safeguard.investigation;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguard.identity.SafeguardGroups;

/** {@code GET /api/investigations/supervision}: for police supervisors and administrators only. */
@RestController
class SupervisionReportController {

	static final Set<String> ALLOWED = Set.of("police-ds", "police-di", "police-dci", "police-superintendent",
			SafeguardGroups.ADMIN);

	private final SupervisionReportService reports;

	private final IdentityService identityService;

	SupervisionReportController(SupervisionReportService reports, IdentityService identityService) {
		this.reports = reports;
		this.identityService = identityService;
	}

	@GetMapping("/api/investigations/supervision")
	SupervisionReport supervision() {
		Authentication caller = identityService.getCurrentAuthentication();
		if (caller == null || caller.getGroupIds().stream().noneMatch(ALLOWED::contains)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"The supervision report is for police supervisors (DS and above) and administrators");
		}
		return reports.report();
	}

}
