package uk.org.safeguard.custody;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise (SPEC section 3). Custody records are readable by
 * custody staff and the local authority's emergency duty team. Task access needs no
 * entry: the engine grants a task's candidate groups and assignee access to that task.
 */
@Component
class CustodyAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return ChildInCustodyProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.POLICE_CUSTODY_SERGEANT, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
				SafeguardGroups.INTEGRATION);
	}

	@Override
	public List<String> readers() {
		return List.of(SafeguardGroups.POLICE_CUSTODY_SERGEANT, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
				SafeguardGroups.CSC_EDT, SafeguardGroups.POLICE_SUPERINTENDENT);
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.POLICE_CUSTODY_SERGEANT, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
				SafeguardGroups.POLICE_SUPERINTENDENT);
	}

}
