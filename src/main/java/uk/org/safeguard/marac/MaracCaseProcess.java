package uk.org.safeguard.marac;

import uk.org.safeguard.identity.SafeguardGroups;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/** SPEC section 4.6: a MARAC case for a household. */
public final class MaracCaseProcess {

	public static final String KEY = "MaracCaseProcess";

	public static final String TASK_LIST_CASE = "Task_ListCaseForMeeting";

	public static final String TASK_CONTACT_VICTIM = "Task_ContactVictim";

	public static final String TASK_RESEARCH_CASE = "Task_ResearchCase";

	public static final String TASK_RECORD_OUTCOME = "Task_RecordMeetingOutcome";

	public static final String TASK_REVIEW_NEW_INCIDENT = "Task_ReviewNewIncident";

	public static final String TASK_INFORM_OFFICER = "Task_ReviewNewIncidentForInvestigation";

	public static final String MESSAGE_NEW_INCIDENT = "MaracNewIncident";

	public static final String HOUSEHOLD_ID = SharedVariables.HOUSEHOLD_ID;

	public static final String VICTIM_NAME = "victimName";

	public static final String MARAC_REFERRAL_REASON = "maracReferralReason";

	public static final String REFERRING_AGENCY = "referringAgency";

	public static final String INVESTIGATING_OFFICER = "investigatingOfficer";

	public static final String CHILDREN = "children";

	public static final String REFERRED_AT = "referredAt";

	public static final String LISTING_DUE_AT = "listingDueAt";

	public static final String CONTACT_DUE_AT = "victimContactDueAt";

	public static final String FLAG_ENDS_AT = "flagEndsAt";

	public static final String MEETING_DATE = "meetingDate";

	public static final String RESEARCH_AGENCIES = "researchAgencies";

	public static final String RESEARCH_AGENCY = "researchAgency";

	public static final String RESEARCH_NOTES = "researchNotes";

	public static final String VICTIM_CONTACTED_AT = "victimContactedAt";

	public static final String CONTACT_NOTES = "contactNotes";

	public static final String ACTION_PLAN = "actionPlan";

	public static final String NEW_INCIDENT_NOTES = "newIncidentNotes";

	public static final List<String> REASONS = List.of("VISIBLE_HIGH_RISK", "PROFESSIONAL_JUDGEMENT",
			"POTENTIAL_ESCALATION", "REPEAT");

	/** Agencies that research every case before the meeting (SafeLives research form). */
	public static final List<String> RESEARCHING_AGENCIES = List.of(SafeguardGroups.POLICE_PPU_HUB,
			SafeguardGroups.CSC_MASH, SafeguardGroups.HEALTH, SafeguardGroups.EDUCATION, SafeguardGroups.PROBATION,
			SafeguardGroups.IDVA);

	public static final String VICTIM_INFORMED = "victimInformed";

	public static final String VICTIM_NOT_INFORMED_REASON = "victimNotInformedReason";

	public static final String TASK_LIST_NEW_INCIDENT = "Task_ListNewIncidentForMeeting";

	public static final String TASK_RECORD_NEW_INCIDENT_OUTCOME = "Task_RecordNewIncidentMeetingOutcome";

	/**
	 * The meeting a new incident is listed for, when the case's own meeting has passed.
	 */
	public static final String NEXT_MEETING_DATE = "nextMeetingDate";

	public static final String NEW_INCIDENT_LISTING_DUE_AT = "newIncidentListingDueAt";

	private MaracCaseProcess() {
	}

}
