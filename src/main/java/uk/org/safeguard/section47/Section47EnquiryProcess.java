package uk.org.safeguard.section47;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 4.3: section 47 enquiry and initial child protection conference; a plan
 * continues in {@code ChildProtectionPlanProcess}.
 */
public final class Section47EnquiryProcess {

	public static final String KEY = "Section47EnquiryProcess";

	public static final String TASK_SEE_CHILD = "Task_SeeChild";

	public static final String TASK_CHASE_CHILD_SEEN = "Task_ChaseChildSeen";

	public static final String TASK_RECORD_OUTCOME = "Task_RecordSection47Outcome";

	public static final String TASK_HOLD_CONFERENCE = "Task_HoldInitialChildProtectionConference";

	public static final String TASK_CHASE_CONFERENCE = "Task_ChaseChildProtectionConference";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String STRATEGY_DISCUSSION_AT = "strategyDiscussionAt";

	public static final String JOINT_ENQUIRY = "jointEnquiry";

	public static final String SEE_CHILD_DUE_AT = "seeChildDueAt";

	public static final String CONFERENCE_DUE_AT = "conferenceDueAt";

	public static final String OUTCOME_DUE_AT = "outcomeDueAt";

	public static final String TASK_START_PLAN = "Task_StartChildProtectionPlan";

	public static final String CHILD_SEEN_AT = "childSeenAt";

	public static final String CHILD_WISHES_AND_FEELINGS = "childWishesAndFeelings";

	public static final String SECTION_47_OUTCOME = "section47Outcome";

	public static final String CONFERENCE_HELD_AT = "conferenceHeldAt";

	public static final String CHILD_PROTECTION_PLAN = "childProtectionPlan";

	public static final String PLAN_CATEGORY = "planCategory";

	public static final List<String> OUTCOMES = List.of("NOT_SUBSTANTIATED", "SUBSTANTIATED_NOT_AT_CONTINUING_RISK",
			"CONTINUING_RISK");

	public static final List<String> PLAN_CATEGORIES = List.of("NEGLECT", "PHYSICAL_ABUSE", "SEXUAL_ABUSE",
			"EMOTIONAL_ABUSE");

	/**
	 * Working Together 2023: the child seen within 1 working day of the strategy
	 * discussion.
	 */
	public static final int SEE_CHILD_WORKING_DAYS = 1;

	/**
	 * Working Together 2023: the initial conference within 15 working days of the
	 * strategy discussion.
	 */
	public static final int CONFERENCE_WORKING_DAYS = 15;

	private Section47EnquiryProcess() {
	}

}
