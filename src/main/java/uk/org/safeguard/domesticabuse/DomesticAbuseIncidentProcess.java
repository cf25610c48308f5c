package uk.org.safeguard.domesticabuse;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 4.5: a domestic abuse incident, DASH, the voice of the child and
 * cumulative risk.
 */
public final class DomesticAbuseIncidentProcess {

	public static final String KEY = "DomesticAbuseIncidentProcess";

	public static final String DECISION_MARAC_REFERRAL = "MaracReferralDecision";

	public static final String TASK_REVIEW_RISK = "Task_ReviewDomesticAbuseRisk";

	public static final String TASK_CHASE_RISK_REVIEW = "Task_ChaseDomesticAbuseRiskReview";

	public static final String HOUSEHOLD_ID = SharedVariables.HOUSEHOLD_ID;

	public static final String VICTIM_NAME = "victimName";

	public static final String INCIDENT_AT = "incidentAt";

	public static final String DASH_YES_COUNT = "dashYesCount";

	public static final String OFFICER_RISK_LEVEL = "officerRiskLevel";

	public static final String CHILDREN = "children";

	public static final String CRIME_RECORDED = "crimeRecorded";

	public static final String CRIME_REFERENCE = "crimeReference";

	public static final String INCIDENTS_LAST_12_MONTHS = "incidentsLast12Months";

	public static final String MARAC_REFERRAL_IN_LAST_12_MONTHS = "maracReferralInLast12Months";

	public static final String RISK_REVIEW_DUE_AT = "riskReviewDueAt";

	public static final String REVIEWED_RISK_LEVEL = "reviewedRiskLevel";

	public static final String RISK_REVIEW_NOTES = "riskReviewNotes";

	public static final String MARAC_REFERRAL_REQUIRED = "maracReferralRequired";

	public static final String MARAC_REFERRAL_REASON = "maracReferralReason";

	/** The officer who recorded the incident. */
	public static final String INITIATOR = "initiator";

	public static final List<String> RISK_LEVELS = List.of("STANDARD", "MEDIUM", "HIGH");

	public static final int DASH_QUESTIONS = 27;

	public static final String TASK_REFER_AT_RECORDING = "Task_ReferToMaracAtRecording";

	private DomesticAbuseIncidentProcess() {
	}

}
