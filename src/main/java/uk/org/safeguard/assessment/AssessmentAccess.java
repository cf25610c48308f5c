package uk.org.safeguard.assessment;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise ChildAndFamilyAssessmentProcess (SPEC section 3,
 * need-to-know). Task access needs no entry: the engine grants a task's candidate groups
 * and assignee access to that task.
 */
@Component
class AssessmentAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return ChildAndFamilyAssessmentProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.CSC_MASH, SafeguardGroups.CSC_TEAM_MANAGER);
	}

	@Override
	public List<String> readers() {
		return SafeguardGroups.CHILDRENS_SOCIAL_CARE;
	}

	@Override
	public List<String> supervisors() {
		return SafeguardGroups.CSC_MANAGERS;
	}

}
