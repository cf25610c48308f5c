package uk.org.safeguard.missing;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/** SPEC section 4.10: a missing-from-home or care episode. */
public final class MissingChildProcess {

	public static final String KEY = "MissingChildProcess";

	public static final String DECISION_REVIEW_INTERVAL = "MissingReviewIntervalDecision";

	public static final String MESSAGE_CHILD_FOUND = "ChildFound";

	public static final String TASK_ASSESS_RISK = "Task_AssessMissingRisk";

	public static final String TASK_CHASE_RISK_ASSESSMENT = "Task_ChaseMissingRiskAssessment";

	public static final String TASK_CONDUCT_ENQUIRIES = "Task_ConductMissingEnquiries";

	public static final String TASK_REVIEW = "Task_ReviewMissingInvestigation";

	public static final String TASK_SAFE_AND_WELL = "Task_SafeAndWellCheck";

	public static final String TASK_RETURN_HOME_INTERVIEW = "Task_ConductReturnHomeInterview";

	public static final String TASK_CHASE_RETURN_HOME_INTERVIEW = "Task_ChaseReturnHomeInterview";

	public static final String TASK_REVIEW_FINDINGS = "Task_ReviewReturnInterviewFindings";

	public static final String TASK_SCREEN_FOR_EXPLOITATION = "Task_ScreenForExploitation";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String REPORTED_AT = "reportedAt";

	public static final String LAST_SEEN_AT = "lastSeenAt";

	public static final String LOOKED_AFTER_CHILD = "lookedAfterChild";

	public static final String TRIGGER_PLAN = "triggerPlan";

	public static final String EPISODES_LAST_90_DAYS = "episodesLast90Days";

	public static final String ASSESSMENT_DUE_AT = "riskAssessmentDueAt";

	public static final String MISSING_RISK_LEVEL = "missingRiskLevel";

	public static final String RISK_RATIONALE = "riskRationale";

	public static final String REVIEW_INTERVAL = "missingReviewInterval";

	public static final String REVIEW_GROUP = "missingReviewGroup";

	public static final String REVIEW_DUE_AT = "missingReviewDueAt";

	public static final String REVIEW_NOTES = "reviewNotes";

	public static final String ENQUIRY_NOTES = "enquiryNotes";

	public static final String FOUND_AT = "foundAt";

	public static final String SAFE_AND_WELL_DUE_AT = "safeAndWellDueAt";

	public static final String RETURN_INTERVIEW_DUE_AT = "returnInterviewDueAt";

	public static final String SAFE_AND_WELL_NOTES = "safeAndWellNotes";

	public static final String RETURN_INTERVIEW_AT = "returnInterviewAt";

	public static final String RETURN_INTERVIEW_FINDINGS = "returnInterviewFindings";

	public static final String FINDINGS_ACTIONS = "findingsActions";

	public static final String SCREENING_DUE_AT = "exploitationScreeningDueAt";

	public static final String SCREENING_OUTCOME = "exploitationScreeningOutcome";

	public static final String SCREENING_NOTES = "screeningNotes";

	/** LOW is refused for a child: every missing child gets an active investigation. */
	public static final List<String> RISK_LEVELS = List.of("HIGH", "MEDIUM");

	public static final List<String> SCREENING_OUTCOMES = List.of("NO_CONCERNS", "CONCERNS_REFERRED");

	public static final int REPEAT_THRESHOLD = 3;

	public static final String TASK_NOTIFY_RESPONSIBLE_AUTHORITY = "Task_NotifyResponsibleAuthority";

	public static final String RESPONSIBLE_AUTHORITY_DUE_AT = "responsibleAuthorityDueAt";

	public static final String RESPONSIBLE_AUTHORITY_NOTIFIED_AT = "responsibleAuthorityNotifiedAt";

	public static final String RESPONSIBLE_AUTHORITY_CONTACT = "responsibleAuthorityContact";

	public static final String ENQUIRIES_DUE_AT = "enquiriesDueAt";

	public static final String RETURN_INTERVIEW_OUTCOME = "returnInterviewOutcome";

	public static final String RETURN_INTERVIEW_NOT_DONE_REASON = "returnInterviewNotDoneReason";

	public static final List<String> RETURN_INTERVIEW_OUTCOMES = List.of("COMPLETED", "REFUSED", "NOT_POSSIBLE");

	public static final String TASK_START_EXPLOITATION_WORK = "Task_StartExploitationWork";

	private MissingChildProcess() {
	}

}
