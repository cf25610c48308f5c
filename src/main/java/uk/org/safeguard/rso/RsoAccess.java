package uk.org.safeguard.rso;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise (SPEC section 3). Need-to-know: offender management
 * is readable only by police offender managers and supervisors. Task access needs no
 * entry: the engine grants a task's candidate groups and assignee access to that task.
 */
@Component
class RsoAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return RsoManagementProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.POLICE_DS);
	}

	@Override
	public List<String> readers() {
		return List.of(SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
				SafeguardGroups.POLICE_DCI);
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
				SafeguardGroups.POLICE_DCI);
	}

}
