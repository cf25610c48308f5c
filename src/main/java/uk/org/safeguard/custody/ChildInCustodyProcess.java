package uk.org.safeguard.custody;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/** SPEC section 4.9: a child detained in police custody. */
public final class ChildInCustodyProcess {

	public static final String KEY = "ChildInCustodyProcess";

	public static final String DECISION_ACCOMMODATION = "CustodyAccommodationDecision";

	public static final String MESSAGE_CHILD_LEFT_CUSTODY = "ChildLeftCustody";

	public static final String TASK_REQUEST_AA = "Task_RequestAppropriateAdult";

	public static final String TASK_CHASE_AA_REQUEST = "Task_ChaseAppropriateAdultRequest";

	public static final String TASK_RECORD_AA_ARRIVAL = "Task_RecordAppropriateAdultArrival";

	public static final String TASK_CHASE_AA_ARRIVAL = "Task_ChaseAppropriateAdultArrival";

	public static final String TASK_WELFARE_CHECK = "Task_WelfareCheck";

	public static final String TASK_REVIEW_DETENTION = "Task_ReviewDetention";

	public static final String TASK_RECORD_CHILD_INFORMED = "Task_RecordChildInformedOfReview";

	public static final String TASK_REFER_TO_HEALTHCARE = "Task_ReferToHealthcareProfessional";

	public static final String TASK_RECORD_CHARGE_DECISION = "Task_RecordChargeDecision";

	public static final String TASK_PROVIDE_ACCOMMODATION = "Task_ProvideAccommodation";

	public static final String TASK_CHASE_ACCOMMODATION = "Task_ChaseAccommodation";

	public static final String TASK_TRANSFER_CHILD = "Task_TransferChild";

	public static final String TASK_DETENTION_CERTIFICATE = "Task_CompleteDetentionCertificate";

	public static final String CUSTODY_RECORD_NUMBER = "custodyRecordNumber";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String DETENTION_AUTHORISED_AT = "detentionAuthorisedAt";

	public static final String OFFENCE = "offence";

	public static final String HEALTH_CONCERNS = "healthConcerns";

	public static final String INTOXICATED = "intoxicated";

	public static final String AA_REQUEST_DUE_AT = "appropriateAdultRequestDueAt";

	public static final String AA_REQUESTED_AT = "appropriateAdultRequestedAt";

	public static final String AA_ARRIVAL_DUE_AT = "appropriateAdultArrivalDueAt";

	public static final String AA_ARRIVED_AT = "appropriateAdultArrivedAt";

	public static final String NEXT_WELFARE_CHECK_DUE_AT = "nextWelfareCheckDueAt";

	public static final String CHECKED_AT = "checkedAt";

	public static final String WELFARE_CHECKS_DONE = "welfareChecksDone";

	public static final String LATE_WELFARE_CHECKS = "lateWelfareChecks";

	public static final String NEXT_REVIEW_DUE_AT = "nextReviewDueAt";

	public static final String REVIEWS_DONE = "detentionReviewsDone";

	public static final String CHILD_AWAKE = "childAwake";

	public static final String CHILD_INFORMED_OF_REVIEW = "childInformedOfReview";

	public static final String AA_INFORMED = "appropriateAdultInformed";

	public static final String INFORM_WHEN_AWAKE = "informWhenAwake";

	public static final String REVIEW_NOTES = "reviewNotes";

	public static final String CHILD_INFORMED_AT = "childInformedAt";

	public static final String HEALTHCARE_DUE_AT = "healthcareReferralDueAt";

	public static final String HEALTHCARE_REFERRED_AT = "healthcareReferredAt";

	public static final String CHARGE_DECISION = "chargeDecision";

	public static final String RISK_OF_SERIOUS_HARM = "riskOfSeriousHarmToPublic";

	public static final String SAFEGUARDING_REFERRAL_MADE = "safeguardingReferralMade";

	public static final String NO_REFERRAL_REASON = "noReferralReason";

	public static final String CHARGED_AT = "chargedAt";

	public static final String CHILD_AGE_YEARS = "childAgeYears";

	public static final String ACCOMMODATION_TYPE_REQUESTED = "accommodationTypeRequested";

	public static final String ACCOMMODATION_REQUESTED_AT = "accommodationRequestedAt";

	public static final String ACCOMMODATION_DUE_AT = "accommodationDueAt";

	public static final String ACCOMMODATION_OUTCOME = "accommodationOutcome";

	public static final String ACCOMMODATION_NOTES = "accommodationNotes";

	public static final String TRANSFER_DUE_AT = "transferDueAt";

	public static final String TRANSFERRED_AT = "transferredAt";

	public static final String CERTIFICATE_ACCOMMODATION_TYPE = "certificateAccommodationType";

	public static final String CERTIFICATE_REASON = "certificateReason";

	public static final String LEFT_AT = "leftCustodyAt";

	public static final String HOURS_IN_CUSTODY = "hoursInCustody";

	public static final String POST_CHARGE_HOURS = "postChargeHours";

	/** How the child presented in custody (the voice of the child). */
	public static final String CHILD_PRESENTATION = "childPresentation";

	/** The child's own words. */
	public static final String CHILD_WORDS = "childWords";

	/** Why nobody spoke with the child. */
	public static final String CHILD_NOT_SPOKEN_TO_REASON = "childNotSpokenToReason";

	public static final List<String> CHARGE_DECISIONS = List.of("RELEASED_NO_FURTHER_ACTION",
			"RELEASED_UNDER_INVESTIGATION", "BAILED", "CHARGED_BAIL_REFUSED");

	public static final List<String> ACCOMMODATION_TYPES = List.of("SECURE", "NON_SECURE");

	public static final List<String> ACCOMMODATION_OUTCOMES = List.of("PROVIDED", "NOT_AVAILABLE");

	public static final String TASK_CONSIDER_EXTENSION = "Task_ConsiderDetentionExtension";

	/**
	 * PACE s.41: the relevant time, from which the 24 hours run; defaults to
	 * authorisation.
	 */
	public static final String RELEVANT_TIME = "relevantTime";

	public static final String EXTENSION_DECISION_DUE_AT = "extensionDecisionDueAt";

	public static final String EXTENSION_AUTHORISED = "extensionAuthorised";

	public static final String EXTENSION_REASON = "extensionReason";

	public static final String DETENTION_LIMIT_AT = "detentionLimitAt";

	public static final String SERIOUS_HARM_RATIONALE = "seriousHarmRationale";

	/** PACE s.41: 24 hours from the relevant time without charge. */
	public static final java.time.Duration MAXIMUM_UNEXTENDED = java.time.Duration.ofHours(24);

	/** PACE s.42: a superintendent may extend to 36 hours. */
	public static final java.time.Duration MAXIMUM_EXTENDED = java.time.Duration.ofHours(36);

	private ChildInCustodyProcess() {
	}

}
