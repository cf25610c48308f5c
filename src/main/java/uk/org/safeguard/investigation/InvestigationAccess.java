package uk.org.safeguard.investigation;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise InvestigationProcess (SPEC section 3, need-to-know).
 * Task access needs no entry: the engine grants a task's candidate groups and assignee
 * access to that task.
 */
@Component
class InvestigationAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return InvestigationProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_FRONTLINE, SafeguardGroups.POLICE_INVESTIGATOR,
				SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
				SafeguardGroups.POLICE_CMIT, SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.INTEGRATION);
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.POLICE;
	}

	@Override
	public List<String> supervisors() {
		return SafeguardGroups.POLICE_SUPERVISORS;
	}

}
