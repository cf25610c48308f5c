package uk.org.safeguard.childprotection;

import java.util.List;
import uk.org.safeguard.support.SharedVariables;

/**
 * SPEC section 8: a child protection plan from the initial conference to its end and
 * step-down. The plan's task keys are those SPEC 4.3 gave them in the section 47 enquiry.
 */
public final class ChildProtectionPlanProcess {

	public static final String KEY = "ChildProtectionPlanProcess";

	public static final String TASK_HOLD_FIRST_CORE_GROUP = "Task_HoldFirstCoreGroup";

	public static final String TASK_HOLD_CORE_GROUP = "Task_HoldCoreGroup";

	public static final String TASK_VISIT_CHILD = "Task_VisitChild";

	public static final String TASK_HOLD_REVIEW_CONFERENCE = "Task_HoldReviewConference";

	public static final String CHILD_ID = SharedVariables.CHILD_ID;

	public static final String CHILD_NAME = SharedVariables.CHILD_NAME;

	public static final String CHILD_DATE_OF_BIRTH = SharedVariables.CHILD_DATE_OF_BIRTH;

	public static final String CONFERENCE_HELD_AT = "conferenceHeldAt";

	public static final String PLAN_CATEGORY = "planCategory";

	public static final String CORE_GROUP_DUE_AT = "coreGroupDueAt";

	public static final String CORE_GROUP_HELD_AT = "coreGroupHeldAt";

	public static final String VISIT_DUE_AT = "visitDueAt";

	public static final String CHILD_VISITED_AT = "childVisitedAt";

	public static final String CHILD_SEEN_ALONE = "childSeenAlone";

	public static final String VISIT_OBSERVATIONS = "visitObservations";

	public static final String REVIEW_CONFERENCE_DUE_AT = "reviewConferenceDueAt";

	public static final String REVIEW_CONFERENCE_HELD_AT = "reviewConferenceHeldAt";

	public static final String PLAN_CONTINUES = "planContinues";

	public static final String PLAN_ENDED_AT = "planEndedAt";

	public static final String STEP_DOWN = "stepDown";

	public static final List<String> PLAN_CATEGORIES = List.of("NEGLECT", "PHYSICAL_ABUSE", "SEXUAL_ABUSE",
			"EMOTIONAL_ABUSE");

	public static final List<String> STEP_DOWNS = List.of("NONE", "EARLY_HELP", "CHILD_IN_NEED");

	private ChildProtectionPlanProcess() {
	}

}
