package uk.org.safeguard.childprotection;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.childprotection.ChildProtectionPlanProcess.*;

@Component
class ChildProtectionPlanRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(CONFERENCE_HELD_AT, CORE_GROUP_HELD_AT, CHILD_VISITED_AT, REVIEW_CONFERENCE_HELD_AT,
				PLAN_ENDED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireDate(CONFERENCE_HELD_AT)
			.requireNotInFuture(CONFERENCE_HELD_AT)
			.requireOneOf(PLAN_CATEGORY, PLAN_CATEGORIES);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_HOLD_FIRST_CORE_GROUP, TASK_HOLD_CORE_GROUP ->
				v.requireDate(CORE_GROUP_HELD_AT).requireNotInFuture(CORE_GROUP_HELD_AT);
			case TASK_VISIT_CHILD -> v.requireDate(CHILD_VISITED_AT)
				.requireNotInFuture(CHILD_VISITED_AT)
				.requireBoolean(CHILD_SEEN_ALONE)
				.requireText(VISIT_OBSERVATIONS);
			case TASK_HOLD_REVIEW_CONFERENCE -> {
				v.requireDate(REVIEW_CONFERENCE_HELD_AT)
					.requireNotInFuture(REVIEW_CONFERENCE_HELD_AT)
					.requireBoolean(PLAN_CONTINUES);
				if (Boolean.FALSE.equals(v.value(PLAN_CONTINUES))) {
					v.requireDate(PLAN_ENDED_AT).requireNotInFuture(PLAN_ENDED_AT).requireOneOf(STEP_DOWN, STEP_DOWNS);
				}
			}
			default -> {
			}
		}
	}

}
