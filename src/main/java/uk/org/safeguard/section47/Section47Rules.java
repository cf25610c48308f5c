package uk.org.safeguard.section47;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.section47.Section47EnquiryProcess.*;

@Component
class Section47Rules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public java.util.Set<String> dateVariables() {
		return java.util.Set.of(STRATEGY_DISCUSSION_AT, CHILD_SEEN_AT, CONFERENCE_HELD_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireDate(STRATEGY_DISCUSSION_AT)
			.requireBoolean(JOINT_ENQUIRY);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_SEE_CHILD ->
				v.requireDate(CHILD_SEEN_AT).requireNotInFuture(CHILD_SEEN_AT).requireText(CHILD_WISHES_AND_FEELINGS);
			case TASK_RECORD_OUTCOME -> v.requireOneOf(SECTION_47_OUTCOME, OUTCOMES);
			case TASK_HOLD_CONFERENCE -> {
				v.requireDate(CONFERENCE_HELD_AT)
					.requireNotInFuture(CONFERENCE_HELD_AT)
					.requireBoolean(CHILD_PROTECTION_PLAN);
				if (Boolean.TRUE.equals(v.value(CHILD_PROTECTION_PLAN))) {
					v.requireOneOf(PLAN_CATEGORY, PLAN_CATEGORIES);
				}
			}
			default -> {
			}
		}
	}

}
