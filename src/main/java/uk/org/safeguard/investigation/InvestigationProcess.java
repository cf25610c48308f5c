package uk.org.safeguard.investigation;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/** SPEC section 4.4: police investigation with supervision that rises with its age. */
public final class InvestigationProcess {

	public static final String KEY = "InvestigationProcess";

	public static final String DECISION_SUPERVISION_RANK = "SupervisionRankDecision";

	public static final String TASK_ALLOCATE = "Task_AllocateInvestigation";

	public static final String TASK_CHASE_ALLOCATION = "Task_ChaseInvestigationAllocation";

	public static final String TASK_INVESTIGATE = "Task_Investigate";

	public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";

	public static final String TASK_SUPERVISORY_REVIEW = "Task_SupervisoryReview";

	public static final String TASK_ESCALATE_OVERDUE_REVIEW = "Task_EscalateOverdueReview";

	// start
	public static final String CRIME_REFERENCE = "crimeReference";

	public static final String OFFENCE_TYPE = "offenceType";

	public static final String TEAM = SharedVariables.TEAM;

	public static final String RISK_LEVEL = "riskLevel";

	public static final String RECORDED_AT = "recordedAt";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	// set by the process
	public static final String ALLOCATION_DUE_AT = "allocationDueAt";

	public static final String REVIEW_DUE_AT = "reviewDueAt";

	public static final String REVIEW_RANK = "reviewRank";

	public static final String REVIEW_GROUP = "reviewGroup";

	public static final String REVIEW_ESCALATION_GROUP = "reviewEscalationGroup";

	public static final String REVIEWS_COMPLETED = "supervisoryReviewsCompleted";

	public static final String LAST_REVIEWED_AT = "lastReviewedAt";

	// task outputs
	public static final String INVESTIGATING_OFFICER = "investigatingOfficer";

	public static final String PROPOSED_OUTCOME = "proposedOutcome";

	public static final String OUTCOME_RATIONALE = "outcomeRationale";

	public static final String REVIEW_NOTES = "reviewNotes";

	public static final String CLOSURE_DECISION = "closureDecision";

	public static final String CLOSURE_NOTES = "closureNotes";

	public static final List<String> TEAMS = List.of("CAVAA", "EMERALD", "CMIT", "ICAIT", "VSOMT", "OTHER");

	public static final List<String> RISK_LEVELS = List.of("STANDARD", "MEDIUM", "HIGH");

	public static final List<String> OUTCOMES = List.of("CHARGE", "CAUTION", "COMMUNITY_RESOLUTION",
			"NO_FURTHER_ACTION", "OTHER");

	public static final List<String> CLOSURE_DECISIONS = List.of("APPROVED", "RETURNED");

	public static final String TASK_CONFIRM_CHILD_REFERRAL = "Task_ConfirmChildReferral";

	public static final String TASK_RAISE_REVIEW_RANK = "Task_RaiseReviewRank";

	public static final String CHILD_REFERRAL_DUE_AT = "childReferralDueAt";

	public static final String CHILD_REFERRAL_MADE = "childReferralMade";

	public static final String CHILD_REFERRAL_REFERENCE = "childReferralReference";

	public static final String NO_REFERRAL_REASON = "noReferralReason";

	/**
	 * When the age of the investigation requires a higher rank than the open review's.
	 */
	public static final String REVIEW_RANK_RAISED_AT = "reviewRankRaisedAt";

	private InvestigationProcess() {
	}

}
