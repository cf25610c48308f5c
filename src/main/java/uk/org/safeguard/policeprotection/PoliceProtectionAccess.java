package uk.org.safeguard.policeprotection;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise PoliceProtectionProcess (SPEC section 3,
 * need-to-know). Task access needs no entry: the engine grants a task's candidate groups
 * and assignee access to that task.
 */
@Component
class PoliceProtectionAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return PoliceProtectionProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_FRONTLINE, SafeguardGroups.POLICE_INSPECTOR,
				SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.INTEGRATION);
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.CSC_TEAM_MANAGER));
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_INSPECTOR, SafeguardGroups.POLICE_SUPERINTENDENT,
				SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SERVICE_MANAGER);
	}

}
