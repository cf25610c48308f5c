package uk.org.safeguard.identity;

import java.util.List;

/**
 * The groups of SPEC section 3: the public contract for candidate groups and
 * authorizations.
 */
public final class SafeguardGroups {

	public static final String ADMIN = "camunda-admin";

	public static final String PROCESS_OWNER = "process-owner";

	/**
	 * System accounts of other systems that send work in through the intake API (SPEC
	 * section 9).
	 */
	public static final String INTEGRATION = "integration";

	/** Data-protection officers who read the access audit (SPEC section 9). */
	public static final String INFORMATION_GOVERNANCE = "information-governance";

	public static final String POLICE_FRONTLINE = "police-frontline";

	public static final String POLICE_CONTROL_ROOM = "police-control-room";

	public static final String POLICE_PPU_HUB = "police-ppu-hub";

	public static final String POLICE_INVESTIGATOR = "police-investigator";

	public static final String POLICE_DS = "police-ds";

	public static final String POLICE_DI = "police-di";

	public static final String POLICE_DCI = "police-dci";

	public static final String POLICE_SUPERINTENDENT = "police-superintendent";

	public static final String POLICE_INSPECTOR = "police-inspector";

	public static final String POLICE_CMIT = "police-cmit";

	public static final String POLICE_OFFENDER_MANAGER = "police-offender-manager";

	public static final String POLICE_CUSTODY_SERGEANT = "police-custody-sergeant";

	public static final String POLICE_CUSTODY_INSPECTOR = "police-custody-inspector";

	public static final String CSC_MASH = "csc-mash";

	public static final String CSC_SOCIAL_WORKER = "csc-social-worker";

	public static final String CSC_TEAM_MANAGER = "csc-team-manager";

	public static final String CSC_SERVICE_MANAGER = "csc-service-manager";

	public static final String CSC_EDT = "csc-edt";

	public static final String HEALTH = "health";

	public static final String EDUCATION = "education";

	public static final String PROBATION = "probation";

	public static final String YOUTH_JUSTICE = "youth-justice";

	public static final String IDVA = "idva";

	public static final String MARAC_COORDINATOR = "marac-coordinator";

	public static final List<String> POLICE = List.of(POLICE_FRONTLINE, POLICE_CONTROL_ROOM, POLICE_PPU_HUB,
			POLICE_INVESTIGATOR, POLICE_DS, POLICE_DI, POLICE_DCI, POLICE_SUPERINTENDENT, POLICE_INSPECTOR, POLICE_CMIT,
			POLICE_OFFENDER_MANAGER, POLICE_CUSTODY_SERGEANT, POLICE_CUSTODY_INSPECTOR);

	public static final List<String> CHILDRENS_SOCIAL_CARE = List.of(CSC_MASH, CSC_SOCIAL_WORKER, CSC_TEAM_MANAGER,
			CSC_SERVICE_MANAGER, CSC_EDT);

	public static final List<String> PARTNERS = List.of(HEALTH, EDUCATION, PROBATION, YOUTH_JUSTICE, IDVA,
			MARAC_COORDINATOR);

	/**
	 * Every group that does casework (everything but administrators and process owners).
	 */
	public static final List<String> CASEWORK = concat(POLICE, CHILDRENS_SOCIAL_CARE, PARTNERS);

	/** Police ranks that supervise investigations. */
	public static final List<String> POLICE_SUPERVISORS = List.of(POLICE_DS, POLICE_DI, POLICE_DCI,
			POLICE_SUPERINTENDENT);

	/** Children's social care managers. */
	public static final List<String> CSC_MANAGERS = List.of(CSC_TEAM_MANAGER, CSC_SERVICE_MANAGER);

	/** Managers of both agencies who supervise the child protection pathway. */
	public static final List<String> SAFEGUARDING_SUPERVISORS = List.of(CSC_TEAM_MANAGER, CSC_SERVICE_MANAGER,
			POLICE_DS, POLICE_DI, POLICE_DCI);

	public static final List<String> ALL = concat(CASEWORK,
			List.of(PROCESS_OWNER, INTEGRATION, INFORMATION_GOVERNANCE, ADMIN));

	private SafeguardGroups() {
	}

	public static boolean exists(String groupId) {
		return ALL.contains(groupId);
	}

	/** Group type shown in the Admin webapp. */
	static String typeOf(String groupId) {
		if (POLICE.contains(groupId)) {
			return "POLICE";
		}
		if (CHILDRENS_SOCIAL_CARE.contains(groupId)) {
			return "CHILDRENS_SOCIAL_CARE";
		}
		if (PARTNERS.contains(groupId)) {
			return "PARTNER";
		}
		return "SYSTEM";
	}

	/**
	 * Demo user of a group: the group id without its police-/csc- prefix, plus ".demo".
	 */
	static String demoUserOf(String groupId) {
		if (ADMIN.equals(groupId)) {
			return "demo";
		}
		return groupId.replaceFirst("^(police|csc)-", "") + ".demo";
	}

	/** What people call each group (Tasklist, escalations, the managers' page). */
	public static final java.util.Map<String, String> NAMES = java.util.Map.ofEntries(
			java.util.Map.entry(POLICE_FRONTLINE, "Police frontline officers"),
			java.util.Map.entry(POLICE_CONTROL_ROOM, "Police control room"),
			java.util.Map.entry(POLICE_PPU_HUB, "Public protection hub"),
			java.util.Map.entry(POLICE_INVESTIGATOR, "Police investigators"),
			java.util.Map.entry(POLICE_DS, "Detective sergeants"),
			java.util.Map.entry(POLICE_DI, "Detective inspectors"),
			java.util.Map.entry(POLICE_DCI, "Detective chief inspectors"),
			java.util.Map.entry(POLICE_SUPERINTENDENT, "Superintendents"),
			java.util.Map.entry(POLICE_INSPECTOR, "Duty inspectors"),
			java.util.Map.entry(POLICE_CMIT, "Child exploitation and missing team"),
			java.util.Map.entry(POLICE_OFFENDER_MANAGER, "Offender managers"),
			java.util.Map.entry(POLICE_CUSTODY_SERGEANT, "Custody sergeants"),
			java.util.Map.entry(POLICE_CUSTODY_INSPECTOR, "Custody inspectors"),
			java.util.Map.entry(CSC_MASH, "MASH (children's social care)"),
			java.util.Map.entry(CSC_SOCIAL_WORKER, "Social workers"),
			java.util.Map.entry(CSC_TEAM_MANAGER, "Social work team managers"),
			java.util.Map.entry(CSC_SERVICE_MANAGER, "Social care service managers"),
			java.util.Map.entry(CSC_EDT, "Emergency duty team"), java.util.Map.entry(HEALTH, "Health"),
			java.util.Map.entry(EDUCATION, "Education"), java.util.Map.entry(PROBATION, "Probation"),
			java.util.Map.entry(YOUTH_JUSTICE, "Youth justice"),
			java.util.Map.entry(IDVA, "Independent domestic violence advisers"),
			java.util.Map.entry(MARAC_COORDINATOR, "MARAC coordinator"),
			java.util.Map.entry(INTEGRATION, "Connected systems"),
			java.util.Map.entry(INFORMATION_GOVERNANCE, "Information governance"),
			java.util.Map.entry(PROCESS_OWNER, "Process owners"), java.util.Map.entry(ADMIN, "Administrators"));

	@SafeVarargs
	public static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
