package uk.org.safeguard.referral;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 4.1: police child-at-risk referral ("form 745") to children's social care.
 */
public final class ChildReferralProcess {

	public static final String KEY = "ChildReferralProcess";

	public static final String TASK_REVIEW_QUALITY = "Task_ReviewReferralQuality";

	public static final String TASK_CHASE_QUALITY_REVIEW = "Task_ChaseReferralReview";

	public static final String TASK_CORRECT = "Task_CorrectReferral";

	public static final String TASK_DECIDE_OUTCOME = "Task_DecideReferralOutcome";

	public static final String TASK_CHASE_DECISION = "Task_ChaseReferralDecision";

	public static final String TASK_NOTIFY_SCHOOL = "Task_NotifySchool";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String CONCERN_TYPE = "concernType";

	public static final String CONCERN_SUMMARY = "concernSummary";

	public static final String INCIDENT_AT = "incidentAt";

	public static final String INCIDENT_LOCATION = "incidentLocation";

	public static final String IMMEDIATE_RISK = "immediateRisk";

	public static final String CHILD_BEHAVIOUR_AND_DEMEANOUR = "childBehaviourAndDemeanour";

	public static final String CHILD_WORDS = "childWords";

	public static final String CHILD_NOT_SPOKEN_TO_REASON = "childNotSpokenToReason";

	public static final String SCHOOL_NAME = "schoolName";

	public static final String HOUSEHOLD_ID = SharedVariables.HOUSEHOLD_ID;

	public static final String REFERRING_OFFICER = "referringOfficer";

	public static final String INITIATOR = "initiator";

	public static final String RECORDED_AT = "referralRecordedAt";

	public static final String QUALITY_REVIEW_DUE_AT = "qualityReviewDueAt";

	public static final String REFERRAL_QUALITY = "referralQuality";

	public static final String QUALITY_FEEDBACK = "qualityFeedback";

	public static final String SENT_TO_MASH_AT = "sentToMashAt";

	public static final String MASH_DECISION_DUE_AT = "mashDecisionDueAt";

	public static final String MASH_DECISION = "mashDecision";

	public static final String MASH_DECISION_REASON = "mashDecisionReason";

	public static final String SCHOOL_NOTIFICATION_DUE_AT = "schoolNotificationDueAt";

	public static final String SCHOOL_NOTIFIED_AT = "schoolNotifiedAt";

	public static final List<String> CONCERN_TYPES = List.of("DOMESTIC_ABUSE", "NEGLECT", "PHYSICAL_ABUSE",
			"SEXUAL_ABUSE", "CSE", "MISSING", "ONLINE_ABUSE", "RADICALISATION", "CUSTODY", "RSO_CONTACT", "OTHER");

	public static final List<String> QUALITY_OUTCOMES = List.of("APPROVED", "RETURNED");

	public static final List<String> MASH_DECISIONS = List.of("NO_FURTHER_ACTION", "EARLY_HELP", "SECTION_17",
			"STRATEGY_DISCUSSION");

	/**
	 * The referral's own fields, checked at start and again when the officer corrects it.
	 */
	static final List<String> REFERRAL_FIELDS = List.of(CHILD_ID, CHILD_NAME, CHILD_DATE_OF_BIRTH, CONCERN_TYPE,
			CONCERN_SUMMARY, INCIDENT_AT, INCIDENT_LOCATION, IMMEDIATE_RISK, CHILD_BEHAVIOUR_AND_DEMEANOUR);

	/** Services the family must agree to (SPEC section 8: consent). */
	public static final java.util.List<String> CONSENSUAL_DECISIONS = java.util.List.of("EARLY_HELP", "SECTION_17");

	public static final String TASK_SEND_IMMEDIATE_RISK_TO_MASH = "Task_SendImmediateRiskToMash";

	public static final String TASK_START_ASSESSMENT = "Task_StartAssessment";

	/**
	 * Working Together 2023: the local authority decides within 1 working day of
	 * receiving a referral.
	 */
	public static final int MASH_DECISION_WORKING_DAYS = 1;

	private ChildReferralProcess() {
	}

}
