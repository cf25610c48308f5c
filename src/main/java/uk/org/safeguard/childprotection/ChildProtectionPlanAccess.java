package uk.org.safeguard.childprotection;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise ChildProtectionPlanProcess (SPEC section 3,
 * need-to-know). Task access needs no entry: the engine grants a task's candidate groups
 * and assignee access to that task.
 */
@Component
class ChildProtectionPlanAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return ChildProtectionPlanProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return SafeguardGroups.CSC_MANAGERS;
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.CASEWORK;
	}

	@Override
	public List<String> supervisors() {
		return SafeguardGroups.SAFEGUARDING_SUPERVISORS;
	}

}
