package uk.org.safeguard.compliance;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ApiAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/** The managers' views are for supervisors and managers of every agency, process owners and administrators. */
@Component
public class ManagerAccess {

	static final Set<String> MANAGERS = Set.of("police-ds", "police-di", "police-dci", "police-superintendent",
			"police-inspector", "police-custody-inspector", "csc-team-manager", "csc-service-manager",
			"marac-coordinator", SafeguardGroups.PROCESS_OWNER, SafeguardGroups.ADMIN);

	private final ApiAccess access;

	ManagerAccess(ApiAccess access) {
		this.access = access;
	}

	public void require() {
		access.requireAnyGroup(MANAGERS::contains, "The managers' views are for supervisors and managers");
	}

}
