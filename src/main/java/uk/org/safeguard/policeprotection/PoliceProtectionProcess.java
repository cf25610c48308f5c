package uk.org.safeguard.policeprotection;

import java.time.Duration;
import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 8: police protection under the Children Act 1989 s.46. The business key is
 * the police protection reference.
 */
public final class PoliceProtectionProcess {

	public static final String KEY = "PoliceProtectionProcess";

	/** s.46(6): no child may be kept in police protection for more than 72 hours. */
	public static final Duration LEGAL_MAXIMUM = Duration.ofHours(72);

	public static final String TASK_INFORM_LOCAL_AUTHORITY = "Task_InformLocalAuthority";

	public static final String TASK_DESIGNATED_OFFICER_INQUIRY = "Task_DesignatedOfficerInquiry";

	public static final String TASK_DECIDE_EPO_APPLICATION = "Task_DecideEpoApplication";

	public static final String TASK_END_POLICE_PROTECTION = "Task_EndPoliceProtection";

	public static final String TASK_START_STRATEGY_DISCUSSION = "Task_StartStrategyDiscussion";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String PROTECTED_AT = "protectedAt";

	public static final String PLACE_OF_SAFETY = "placeOfSafety";

	public static final String REASON = "reason";

	public static final String EXPIRES_AT = "policeProtectionExpiresAt";

	public static final String INFORM_LOCAL_AUTHORITY_DUE_AT = "informLocalAuthorityDueAt";

	public static final String INQUIRY_DUE_AT = "inquiryDueAt";

	public static final String EPO_DECISION_DUE_AT = "epoDecisionDueAt";

	public static final String END_DUE_AT = "endProtectionDueAt";

	public static final String LOCAL_AUTHORITY_INFORMED_AT = "localAuthorityInformedAt";

	public static final String LOCAL_AUTHORITY_CONTACT = "localAuthorityContact";

	public static final String INQUIRY_COMPLETED_AT = "inquiryCompletedAt";

	public static final String INQUIRY_FINDINGS = "inquiryFindings";

	public static final String EPO_APPLIED = "epoApplied";

	public static final String EPO_DECISION_REASON = "epoDecisionReason";

	public static final String ENDED_AT = "endedAt";

	public static final String OUTCOME = "outcome";

	public static final List<String> OUTCOMES = List.of("RETURNED_HOME", "LA_ACCOMMODATION", "EPO_GRANTED");

	private PoliceProtectionProcess() {
	}

}
