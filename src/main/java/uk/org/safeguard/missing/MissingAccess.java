package uk.org.safeguard.missing;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise MissingChildProcess (SPEC section 3, need-to-know).
 * Task access needs no entry: the engine grants a task's candidate groups and assignee
 * access to that task.
 */
@Component
class MissingAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return MissingChildProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_CONTROL_ROOM, SafeguardGroups.POLICE_FRONTLINE,
				SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_CMIT, SafeguardGroups.INTEGRATION);
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.concat(SafeguardGroups.POLICE, SafeguardGroups.CHILDRENS_SOCIAL_CARE);
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_INSPECTOR, SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
				SafeguardGroups.POLICE_CMIT, SafeguardGroups.CSC_TEAM_MANAGER);
	}

}
