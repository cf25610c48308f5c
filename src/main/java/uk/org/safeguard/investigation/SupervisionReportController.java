package uk.org.safeguard.investigation;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.org.safeguard.identity.ApiAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * {@code GET /api/investigations/supervision}: for police supervisors and administrators
 * only.
 */
@RestController
class SupervisionReportController {

	static final Set<String> ALLOWED = Set.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
			SafeguardGroups.POLICE_DCI, SafeguardGroups.POLICE_SUPERINTENDENT, SafeguardGroups.ADMIN);

	private final SupervisionReportService reports;

	private final ApiAccess access;

	SupervisionReportController(SupervisionReportService reports, ApiAccess access) {
		this.reports = reports;
		this.access = access;
	}

	@GetMapping("/api/investigations/supervision")
	SupervisionReport supervision() {
		access.requireAnyGroup(ALLOWED::contains,
				"The supervision report is for police supervisors (DS and above) and administrators");
		return reports.report();
	}

}
