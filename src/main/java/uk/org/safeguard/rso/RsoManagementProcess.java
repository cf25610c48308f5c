package uk.org.safeguard.rso;

import java.util.List;

/** SPEC section 4.8: registered sex offender management. */
public final class RsoManagementProcess {

	public static final String KEY = "RsoManagementProcess";

	public static final String DECISION_VISIT_FREQUENCY = "RsoVisitFrequencyDecision";

	public static final String TASK_ALLOCATE = "Task_AllocateOffenderManager";

	public static final String TASK_CHASE_ALLOCATION = "Task_ChaseOffenderAllocation";

	public static final String TASK_INITIAL_VISIT = "Task_InitialHomeVisit";

	public static final String TASK_CHASE_INITIAL_VISIT = "Task_ChaseInitialHomeVisit";

	public static final String TASK_ARMS = "Task_CompleteArmsAssessment";

	public static final String TASK_CHASE_ARMS = "Task_ChaseArmsAssessment";

	public static final String TASK_HOME_VISIT = "Task_HomeVisit";

	public static final String TASK_CHASE_HOME_VISIT = "Task_ChaseHomeVisit";

	public static final String TASK_DECIDE_DISCLOSURE = "Task_DecideDisclosure";

	public static final String TASK_UPDATE_TRAVEL = "Task_UpdateTravelRecord";

	public static final String TASK_CONSIDER_REACTIVE = "Task_ConsiderReactiveManagement";

	public static final String TASK_ANNUAL_REVIEW = "Task_AnnualReview";

	public static final String TASK_REVIEW_NEW_INFORMATION = "Task_ReviewNewInformation";

	public static final String MESSAGE_TRAVEL_NOTIFIED = "RsoTravelNotified";

	public static final String MESSAGE_NEW_INFORMATION = "RsoNewInformation";

	public static final String MESSAGE_DEREGISTERED = "RsoDeregistered";

	public static final String OFFENDER_ID = "offenderId";

	public static final String OFFENDER_NAME = "offenderName";

	public static final String REGISTERED_AT = "registeredAt";

	public static final String ADDRESS = "address";

	public static final String CONVICTION_SUMMARY = "convictionSummary";

	public static final String OFFENDER_MANAGER = "offenderManager";

	public static final String ALLOCATION_DUE_AT = "allocationDueAt";

	public static final String INITIAL_VISIT_DUE_AT = "initialVisitDueAt";

	public static final String ARMS_DUE_AT = "armsDueAt";

	public static final String RISK_LEVEL = "riskLevel";

	public static final String LOW_RISK_SINCE = "lowRiskSince";

	public static final String VISIT_INTERVAL = "visitInterval";

	public static final String NEXT_VISIT_WITHIN = "nextVisitWithin";

	public static final String LAST_VISIT_AT = "lastVisitAt";

	public static final String VISIT_DUE_AT = "visitDueAt";

	public static final String VISIT_NOTES = "visitNotes";

	public static final String CHILD_CONTACT_IDENTIFIED = "childContactIdentified";

	public static final String CHILD_CONTACT_DETAILS = "childContactDetails";

	public static final String CHILD_CONTACT_NAME = "childContactName";

	public static final String CHILD_CONTACT_DATE_OF_BIRTH = "childContactDateOfBirth";

	public static final String NEW_RELATIONSHIP = "newRelationship";

	public static final String NOTIFICATION_BREACH_SUSPECTED = "notificationBreachSuspected";

	public static final String REACTIVE_ELIGIBLE = "reactiveEligible";

	public static final String REACTIVE_MANAGEMENT = "reactiveManagement";

	public static final String REACTIVE_RATIONALE = "reactiveRationale";

	public static final String DISCLOSURE_DUE_AT = "disclosureDueAt";

	public static final String DISCLOSURE_DECISION = "disclosureDecision";

	public static final String DISCLOSURE_RATIONALE = "disclosureRationale";

	public static final String TRAVEL_DETAILS = "travelDetails";

	public static final String TRAVEL_UPDATE_DUE_AT = "travelUpdateDueAt";

	public static final String REVIEW_NOTES = "reviewNotes";

	public static final List<String> RISK_LEVELS = List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW");

	public static final List<String> DISCLOSURE_DECISIONS = List.of("DISCLOSE", "DO_NOT_DISCLOSE");

	public static final String TASK_ASSESS_NEW_RELATIONSHIP = "Task_AssessNewRelationship";

	/**
	 * The child's id in police systems, so the referral joins the child's other records.
	 */
	public static final String CHILD_CONTACT_ID = "childContactId";

	public static final String RELATIONSHIP_ASSESSMENT_DUE_AT = "relationshipAssessmentDueAt";

	public static final String RELATIONSHIP_ASSESSMENT = "relationshipAssessment";

	public static final String PARTNER_HAS_CHILDREN = "partnerHasChildren";

	private RsoManagementProcess() {
	}

}
