package uk.org.safeguard.compliance;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguard.identity.SafeguardGroups;

/** The managers' views are for supervisors and managers of every agency, process owners and administrators. */
@Component
public class ManagerAccess {

	static final Set<String> MANAGERS = Set.of("police-ds", "police-di", "police-dci", "police-superintendent",
			"police-inspector", "police-custody-inspector", "csc-team-manager", "csc-service-manager",
			"marac-coordinator", SafeguardGroups.PROCESS_OWNER, SafeguardGroups.ADMIN);

	private final IdentityService identityService;

	ManagerAccess(IdentityService identityService) {
		this.identityService = identityService;
	}

	public void require() {
		Authentication caller = identityService.getCurrentAuthentication();
		if (caller == null || caller.getGroupIds().stream().noneMatch(MANAGERS::contains)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The managers' views are for supervisors and managers");
		}
	}

}
