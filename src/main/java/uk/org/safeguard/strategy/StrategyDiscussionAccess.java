package uk.org.safeguard.strategy;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise StrategyDiscussionProcess (SPEC section 3,
 * need-to-know). Task access needs no entry: the engine grants a task's candidate groups
 * and assignee access to that task.
 */
@Component
class StrategyDiscussionAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return StrategyDiscussionProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.CSC_MASH, SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SOCIAL_WORKER);
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
