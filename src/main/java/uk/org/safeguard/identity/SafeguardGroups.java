package uk.org.safeguard.identity;

import java.util.List;

/** The groups of SPEC section 3: the public contract for candidate groups and authorizations. */
public final class SafeguardGroups {

	public static final String ADMIN = "camunda-admin";

	public static final String PROCESS_OWNER = "process-owner";

	/** System accounts of other systems that send work in through the intake API (SPEC section 9). */
	public static final String INTEGRATION = "integration";

	/** Data-protection officers who read the access audit (SPEC section 9). */
	public static final String INFORMATION_GOVERNANCE = "information-governance";

	public static final List<String> POLICE = List.of("police-frontline", "police-control-room", "police-ppu-hub",
			"police-investigator", "police-ds", "police-di", "police-dci", "police-superintendent", "police-inspector",
			"police-cmit", "police-offender-manager", "police-custody-sergeant", "police-custody-inspector");

	public static final List<String> CHILDRENS_SOCIAL_CARE = List.of("csc-mash", "csc-social-worker",
			"csc-team-manager", "csc-service-manager", "csc-edt");

	public static final List<String> PARTNERS = List.of("health", "education", "probation", "youth-justice", "idva",
			"marac-coordinator");

	/** Every group that does casework (everything but administrators and process owners). */
	public static final List<String> CASEWORK = concat(POLICE, CHILDRENS_SOCIAL_CARE, PARTNERS);

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

	/** Demo user of a group: the group id without its police-/csc- prefix, plus ".demo". */
	static String demoUserOf(String groupId) {
		if (ADMIN.equals(groupId)) {
			return "demo";
		}
		return groupId.replaceFirst("^(police|csc)-", "") + ".demo";
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
