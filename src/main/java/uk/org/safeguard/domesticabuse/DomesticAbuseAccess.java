package uk.org.safeguard.domesticabuse;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise DomesticAbuseIncidentProcess (SPEC section 3,
 * need-to-know). Task access needs no entry: the engine grants a task's candidate groups
 * and assignee access to that task.
 */
@Component
class DomesticAbuseAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return DomesticAbuseIncidentProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_FRONTLINE, SafeguardGroups.POLICE_CONTROL_ROOM,
				SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_INVESTIGATOR, SafeguardGroups.POLICE_DS,
				SafeguardGroups.INTEGRATION);
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.POLICE;
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI,
				SafeguardGroups.POLICE_PPU_HUB);
	}

}
