package uk.org.safeguard.agencyaction;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 4.7: one agreed multi-agency action. Keys, element ids and variable names.
 */
public final class AgencyActionProcess {

	public static final String KEY = "AgencyActionProcess";

	public static final String TASK_COMPLETE_ACTION = "Task_CompleteAgencyAction";

	public static final String TASK_CHASE_OVERDUE_ACTION = "Task_ChaseOverdueAction";

	public static final String TIMER_ACTION_OVERDUE = "BoundaryEvent_ActionOverdue";

	public static final String AGENCY = SharedVariables.AGENCY;

	public static final String ACTION_DESCRIPTION = "actionDescription";

	public static final String ACTION_DUE_DATE = "actionDueDate";

	public static final String ESCALATION_GROUP = "escalationGroup";

	public static final String CASE_REFERENCE = SharedVariables.CASE_REFERENCE;

	public static final String ACTION_OUTCOME = "actionOutcome";

	public static final String ACTION_NOTES = "actionNotes";

	/** The notes of a chase: the same variable as every other escalation's. */
	public static final String CHASE_NOTES = uk.org.safeguard.escalation.EscalationPlugin.ESCALATION_NOTES;

	public static final List<String> OUTCOMES = List.of("DONE", "NOT_POSSIBLE");

	private AgencyActionProcess() {
	}

}
