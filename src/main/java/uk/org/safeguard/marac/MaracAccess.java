package uk.org.safeguard.marac;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.ProcessAccess;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Who may start, read and supervise (SPEC section 3). MARAC cases are readable only by
 * those who work them; the hub and the investigating officer get per-case grants
 * ({@code OpenMaracCaseDelegate}). Task access needs no entry: the engine grants a task's
 * candidate groups and assignee access to that task.
 */
@Component
class MaracAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return MaracCaseProcess.KEY;
	}

	@Override
	public List<String> starters() {
		return List.of(SafeguardGroups.MARAC_COORDINATOR, SafeguardGroups.IDVA, SafeguardGroups.POLICE_PPU_HUB,
				SafeguardGroups.POLICE_DS);
	}

	@Override
	public List<String> readers() {
		return List.of(SafeguardGroups.MARAC_COORDINATOR, SafeguardGroups.IDVA, SafeguardGroups.POLICE_PPU_HUB,
				SafeguardGroups.CSC_MASH, SafeguardGroups.HEALTH, SafeguardGroups.EDUCATION, SafeguardGroups.PROBATION);
	}

	@Override
	public List<String> supervisors() {
		return List.of(SafeguardGroups.MARAC_COORDINATOR);
	}

}
