package uk.org.safeguard.strategy;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/** SPEC section 4.2: the multi-agency strategy discussion. */
public final class StrategyDiscussionProcess {

	public static final String KEY = "StrategyDiscussionProcess";

	public static final String TASK_CONVENE = "Task_ConveneStrategyDiscussion";

	public static final String TASK_CHASE_CONVENING = "Task_ChaseStrategyDiscussion";

	public static final String TASK_RECORD = "Task_RecordStrategyDiscussion";

	public static final String TASK_SIGN_OFF_POLICE_ACTIONS = "Task_SignOffPoliceActions";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String CONCERN_SUMMARY = "concernSummary";

	public static final String URGENCY = "urgency";

	public static final String CONVENE_DUE_AT = "conveneDueAt";

	public static final String DISCUSSION_HELD_AT = "discussionHeldAt";

	public static final String ATTENDEES = "attendees";

	public static final String STRATEGY_OUTCOME = "strategyOutcome";

	public static final String POLICE_INVESTIGATION_REQUIRED = "policeInvestigationRequired";

	public static final String AGREED_ACTIONS = "agreedActions";

	public static final String CRIME_REFERENCE = "crimeReference";

	public static final String HAS_POLICE_ACTIONS = "hasPoliceActions";

	public static final String SIGN_OFF_DUE_AT = "policeSignOffDueAt";

	public static final String SIGN_OFF_NOTES = "signOffNotes";

	/** The referral's concern, carried to the discussion. */
	public static final String CONCERN_TYPE = "concernType";

	/** The household, from the referral. */
	public static final String HOUSEHOLD_ID = SharedVariables.HOUSEHOLD_ID;

	/** The officer who referred, who may read the discussion. */
	public static final String REFERRING_OFFICER = "referringOfficer";

	public static final List<String> URGENCIES = List.of("IMMEDIATE", "STANDARD");

	public static final List<String> OUTCOMES = List.of("SECTION_47_JOINT", "SECTION_47_SINGLE_AGENCY", "SECTION_17",
			"NO_FURTHER_ACTION");

	/**
	 * Working Together 2023: a strategy discussion includes police, children's social
	 * care and health.
	 */
	public static final List<String> REQUIRED_ATTENDEE_AGENCIES = List.of("POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH");

	public static final List<String> ATTENDEE_AGENCIES = List.of("POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH",
			"EDUCATION", "PROBATION", "YOUTH_JUSTICE", "IDVA", "OTHER");

	public static final String RECORD_DUE_AT = "recordDueAt";

	/** Local procedures: a standard strategy discussion convened within 1 working day. */
	public static final int STANDARD_CONVENE_WORKING_DAYS = 1;

	private StrategyDiscussionProcess() {
	}

}
