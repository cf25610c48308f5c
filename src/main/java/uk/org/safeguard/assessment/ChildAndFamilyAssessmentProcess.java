package uk.org.safeguard.assessment;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 8: the child and family assessment, 45 working days from the referral
 * (Working Together 2023).
 */
public final class ChildAndFamilyAssessmentProcess {

	public static final String KEY = "ChildAndFamilyAssessmentProcess";

	/**
	 * Working Together 2023: an assessment completed within 45 working days of referral.
	 */
	public static final int STATUTORY_WORKING_DAYS = 45;

	public static final String TASK_COMPLETE_ASSESSMENT = "Task_CompleteAssessment";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String REFERRAL_RECEIVED_AT = "referralReceivedAt";

	public static final String ASSESSMENT_DUE_AT = "assessmentDueAt";

	public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";

	public static final String ASSESSMENT_SUMMARY = "assessmentSummary";

	public static final String OVERRUN_REASON = "overrunReason";

	public static final String FAMILY_CONSENT = "familyConsent";

	public static final String CONSENT_NOT_OBTAINED_REASON = "consentNotObtainedReason";

	public static final List<String> OUTCOMES = List.of("NO_FURTHER_ACTION", "EARLY_HELP", "CHILD_IN_NEED_PLAN",
			"CHILD_PROTECTION");

	/** Services the family must agree to (consensual services). */
	public static final List<String> CONSENSUAL_OUTCOMES = List.of("EARLY_HELP", "CHILD_IN_NEED_PLAN");

	private ChildAndFamilyAssessmentProcess() {
	}

}
