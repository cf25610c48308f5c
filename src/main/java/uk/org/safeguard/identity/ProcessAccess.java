package uk.org.safeguard.identity;

import java.util.List;
import java.util.Map;

import static uk.org.safeguard.identity.SafeguardGroups.CASEWORK;

/**
 * Who may start and who may supervise each process (SPEC section 3, need-to-know).
 * Task-level access needs no entry here: the engine grants a task's candidate groups and
 * assignee access to that task.
 *
 * @param starters groups that may start the process from the Tasklist or REST
 * @param readers groups that may read the definition (diagram and forms in the Tasklist)
 * @param supervisors groups that may read every instance and its history (Cockpit,
 * reports) and send its messages
 */
record ProcessAccess(List<String> starters, List<String> readers, List<String> supervisors) {

	private static final List<String> POLICE_SUPERVISORS = List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
			SafeguardGroups.POLICE_DCI, SafeguardGroups.POLICE_SUPERINTENDENT);

	private static final List<String> CSC_MANAGERS = List.of(SafeguardGroups.CSC_TEAM_MANAGER,
			SafeguardGroups.CSC_SERVICE_MANAGER);

	private static final List<String> SAFEGUARDING_SUPERVISORS = List.of(SafeguardGroups.CSC_TEAM_MANAGER,
			SafeguardGroups.CSC_SERVICE_MANAGER, SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI,
			SafeguardGroups.POLICE_DCI);

	static final Map<String, ProcessAccess> BY_PROCESS_KEY = Map.ofEntries(
			Map.entry("AgencyActionProcess",
					new ProcessAccess(
							List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_PPU_HUB,
									SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.MARAC_COORDINATOR),
							CASEWORK,
							List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI,
									SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.CSC_TEAM_MANAGER,
									SafeguardGroups.CSC_SERVICE_MANAGER, SafeguardGroups.MARAC_COORDINATOR))),
			Map.entry("InvestigationProcess",
					new ProcessAccess(
							List.of(SafeguardGroups.POLICE_FRONTLINE, SafeguardGroups.POLICE_INVESTIGATOR,
									SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_DS,
									SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_CMIT,
									SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.INTEGRATION),
							SafeguardGroups.POLICE, POLICE_SUPERVISORS)),
			Map.entry("ChildReferralProcess",
					new ProcessAccess(concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.INTEGRATION)),
							concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.CSC_MASH)),
							List.of(SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_DS,
									SafeguardGroups.POLICE_DI, SafeguardGroups.CSC_MASH,
									SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SERVICE_MANAGER))),
			Map.entry("StrategyDiscussionProcess",
					new ProcessAccess(List.of(SafeguardGroups.CSC_MASH, SafeguardGroups.CSC_TEAM_MANAGER,
							SafeguardGroups.CSC_SOCIAL_WORKER), CASEWORK, SAFEGUARDING_SUPERVISORS)),
			Map.entry("Section47EnquiryProcess", new ProcessAccess(CSC_MANAGERS, CASEWORK, SAFEGUARDING_SUPERVISORS)),
			Map.entry("ChildProtectionPlanProcess",
					new ProcessAccess(CSC_MANAGERS, CASEWORK, SAFEGUARDING_SUPERVISORS)),
			Map.entry("ChildAndFamilyAssessmentProcess",
					new ProcessAccess(List.of(SafeguardGroups.CSC_MASH, SafeguardGroups.CSC_TEAM_MANAGER),
							SafeguardGroups.CHILDRENS_SOCIAL_CARE, CSC_MANAGERS)),
			// Children Act 1989 s.46: police powers, with the local authority told at
			// once
			// and deciding on an emergency protection order.
			Map.entry("PoliceProtectionProcess",
					new ProcessAccess(
							List.of(SafeguardGroups.POLICE_FRONTLINE, SafeguardGroups.POLICE_INSPECTOR,
									SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.INTEGRATION),
							concat(SafeguardGroups.POLICE, List.of(SafeguardGroups.CSC_TEAM_MANAGER)),
							List.of(SafeguardGroups.POLICE_INSPECTOR, SafeguardGroups.POLICE_SUPERINTENDENT,
									SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SERVICE_MANAGER))),
			Map.entry("DomesticAbuseIncidentProcess",
					new ProcessAccess(
							List.of(SafeguardGroups.POLICE_FRONTLINE, SafeguardGroups.POLICE_CONTROL_ROOM,
									SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_INVESTIGATOR,
									SafeguardGroups.POLICE_DS, SafeguardGroups.INTEGRATION),
							SafeguardGroups.POLICE,
							List.of(SafeguardGroups.POLICE_DS, SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI,
									SafeguardGroups.POLICE_PPU_HUB))),
			// MARAC cases are readable only by those who work them; the hub and the
			// investigating officer
			// get per-case grants (OpenMaracCaseDelegate).
			Map.entry("MaracCaseProcess", new ProcessAccess(
					List.of(SafeguardGroups.MARAC_COORDINATOR, SafeguardGroups.IDVA, SafeguardGroups.POLICE_PPU_HUB,
							SafeguardGroups.POLICE_DS),
					List.of(SafeguardGroups.MARAC_COORDINATOR, SafeguardGroups.IDVA, SafeguardGroups.POLICE_PPU_HUB,
							SafeguardGroups.CSC_MASH, SafeguardGroups.HEALTH, SafeguardGroups.EDUCATION,
							SafeguardGroups.PROBATION),
					List.of(SafeguardGroups.MARAC_COORDINATOR))),
			// Need-to-know: offender management is readable only by police offender
			// managers and supervisors.
			Map.entry("RsoManagementProcess",
					new ProcessAccess(List.of(SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.POLICE_DS),
							List.of(SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.POLICE_DS,
									SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI),
							List.of(SafeguardGroups.POLICE_OFFENDER_MANAGER, SafeguardGroups.POLICE_DS,
									SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI))),
			// Custody records are readable by custody staff and the local authority's
			// emergency duty team.
			Map.entry("ChildInCustodyProcess",
					new ProcessAccess(
							List.of(SafeguardGroups.POLICE_CUSTODY_SERGEANT, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
									SafeguardGroups.INTEGRATION),
							List.of(SafeguardGroups.POLICE_CUSTODY_SERGEANT, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
									SafeguardGroups.CSC_EDT, SafeguardGroups.POLICE_SUPERINTENDENT),
							List.of(SafeguardGroups.POLICE_CUSTODY_SERGEANT, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
									SafeguardGroups.POLICE_SUPERINTENDENT))),
			Map.entry("MissingChildProcess",
					new ProcessAccess(List.of(SafeguardGroups.POLICE_CONTROL_ROOM, SafeguardGroups.POLICE_FRONTLINE,
							SafeguardGroups.POLICE_PPU_HUB, SafeguardGroups.POLICE_CMIT, SafeguardGroups.INTEGRATION),
							concat(SafeguardGroups.POLICE, SafeguardGroups.CHILDRENS_SOCIAL_CARE),
							List.of(SafeguardGroups.POLICE_INSPECTOR, SafeguardGroups.POLICE_DS,
									SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_CMIT,
									SafeguardGroups.CSC_TEAM_MANAGER))));

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
