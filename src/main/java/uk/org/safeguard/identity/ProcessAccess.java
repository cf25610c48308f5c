package uk.org.safeguard.identity;

import java.util.List;
import java.util.Map;

import static uk.org.safeguard.identity.SafeguardGroups.CASEWORK;

/**
 * Who may start and who may supervise each process (SPEC section 3, need-to-know). Task-level access needs
 * no entry here: the engine grants a task's candidate groups and assignee access to that task.
 *
 * @param starters groups that may start the process from the Tasklist or REST
 * @param readers groups that may read the definition (diagram and forms in the Tasklist)
 * @param supervisors groups that may read every instance and its history (Cockpit, reports) and send its
 *        messages
 */
record ProcessAccess(List<String> starters, List<String> readers, List<String> supervisors) {

	private static final List<String> POLICE_SUPERVISORS = List.of("police-ds", "police-di", "police-dci",
			"police-superintendent");

	private static final List<String> CSC_MANAGERS = List.of("csc-team-manager", "csc-service-manager");

	private static final List<String> SAFEGUARDING_SUPERVISORS = List.of("csc-team-manager", "csc-service-manager",
			"police-ds", "police-di", "police-dci");

	static final Map<String, ProcessAccess> BY_PROCESS_KEY = Map.ofEntries(
			Map.entry("AgencyActionProcess",
					new ProcessAccess(List.of("police-ds", "police-ppu-hub", "csc-team-manager", "marac-coordinator"),
							CASEWORK, List.of("police-ds", "police-di", "police-dci", "police-ppu-hub",
									"csc-team-manager", "csc-service-manager", "marac-coordinator"))),
			Map.entry("InvestigationProcess",
					new ProcessAccess(List.of("police-frontline", "police-investigator", "police-ppu-hub", "police-ds",
							"police-di", "police-cmit", "police-offender-manager", SafeguardGroups.INTEGRATION),
							SafeguardGroups.POLICE,
							POLICE_SUPERVISORS)),
			Map.entry("ChildReferralProcess",
					new ProcessAccess(concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.INTEGRATION)),
							concat(SafeguardGroups.POLICE, List.of("csc-mash")),
							List.of("police-ppu-hub", "police-ds", "police-di", "csc-mash", "csc-team-manager",
									"csc-service-manager"))),
			Map.entry("StrategyDiscussionProcess",
					new ProcessAccess(List.of("csc-mash", "csc-team-manager", "csc-social-worker"), CASEWORK,
							SAFEGUARDING_SUPERVISORS)),
			Map.entry("Section47EnquiryProcess",
					new ProcessAccess(CSC_MANAGERS, CASEWORK, SAFEGUARDING_SUPERVISORS)),
			Map.entry("DomesticAbuseIncidentProcess",
					new ProcessAccess(List.of("police-frontline", "police-control-room", "police-ppu-hub",
							"police-investigator", "police-ds", SafeguardGroups.INTEGRATION), SafeguardGroups.POLICE,
							List.of("police-ds", "police-di", "police-dci", "police-ppu-hub"))),
			// MARAC cases are readable only by those who work them; the hub and the investigating officer
			// get per-case grants (OpenMaracCaseDelegate).
			Map.entry("MaracCaseProcess",
					new ProcessAccess(List.of("marac-coordinator", "idva", "police-ppu-hub", "police-ds"),
							List.of("marac-coordinator", "idva", "police-ppu-hub", "csc-mash", "health", "education",
									"probation"),
							List.of("marac-coordinator"))),
			// Need-to-know: offender management is readable only by police offender managers and supervisors.
			Map.entry("RsoManagementProcess",
					new ProcessAccess(List.of("police-offender-manager", "police-ds"),
							List.of("police-offender-manager", "police-ds", "police-di", "police-dci"),
							List.of("police-offender-manager", "police-ds", "police-di", "police-dci"))),
			// Custody records are readable by custody staff and the local authority's emergency duty team.
			Map.entry("ChildInCustodyProcess",
					new ProcessAccess(List.of("police-custody-sergeant", "police-custody-inspector",
							SafeguardGroups.INTEGRATION),
							List.of("police-custody-sergeant", "police-custody-inspector", "csc-edt", "police-superintendent"),
							List.of("police-custody-sergeant", "police-custody-inspector", "police-superintendent"))),
			Map.entry("MissingChildProcess",
					new ProcessAccess(List.of("police-control-room", "police-frontline", "police-ppu-hub", "police-cmit",
							SafeguardGroups.INTEGRATION),
							concat(SafeguardGroups.POLICE, SafeguardGroups.CHILDRENS_SOCIAL_CARE),
							List.of("police-inspector", "police-ds", "police-di", "police-cmit", "csc-team-manager"))));

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
