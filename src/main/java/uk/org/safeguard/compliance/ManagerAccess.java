package uk.org.safeguard.compliance;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ApiAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * The managers' views are for supervisors and managers of every agency, process owners
 * and administrators.
 */
@Component
public class ManagerAccess {

	static final Set<String> MANAGERS = Set.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
			SafeguardGroups.POLICE_DCI, SafeguardGroups.POLICE_SUPERINTENDENT, SafeguardGroups.POLICE_INSPECTOR,
			SafeguardGroups.POLICE_CUSTODY_INSPECTOR, SafeguardGroups.CSC_TEAM_MANAGER,
			SafeguardGroups.CSC_SERVICE_MANAGER, SafeguardGroups.MARAC_COORDINATOR, SafeguardGroups.PROCESS_OWNER,
			SafeguardGroups.ADMIN);

	private final ApiAccess access;

	ManagerAccess(ApiAccess access) {
		this.access = access;
	}

	public void require() {
		access.requireAnyGroup(MANAGERS::contains, "The managers' views are for supervisors and managers");
	}

}
