package uk.org.safeguard.agencyaction;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise AgencyActionProcess (SPEC section 3, need-to-know).
 * Task access needs no entry: the engine grants a task's candidate groups and assignee
 * access to that task.
 */
@Component
class AgencyActionAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return AgencyActionProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.CSC_TEAM_MANAGER,
				SafeguardGroups.MARAC_COORDINATOR);
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.CASEWORK;
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI,
				SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SERVICE_MANAGER,
				SafeguardGroups.MARAC_COORDINATOR);
	}

}
