package uk.org.safeguard.referral;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise ChildReferralProcess (SPEC section 3, need-to-know).
 * Task access needs no entry: the engine grants a task's candidate groups and assignee
 * access to that task.
 */
@Component
class ChildReferralAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return ChildReferralProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return SafeguardGroups.concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.INTEGRATION));
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.CSC_MASH));
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
				SafeguardGroups.CSC_MASH, SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SERVICE_MANAGER);
	}

}
