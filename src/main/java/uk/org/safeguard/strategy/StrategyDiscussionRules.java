package uk.org.safeguard.strategy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.org.safeguard.agencyaction.AgencyActions;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.support.JsonLists;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.strategy.StrategyDiscussionProcess.*;
import uk.org.safeguard.support.SharedVariables;

@Component
class StrategyDiscussionRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public java.util.Set<String> dateVariables() {
		return java.util.Set.of(DISCUSSION_HELD_AT);
	}

	@Override
	public java.util.Set<String> jsonListVariables() {
		return java.util.Set.of(ATTENDEES, AGREED_ACTIONS);
	}

	@Override
	public void normalize(String taskKey, org.camunda.bpm.engine.delegate.VariableScope variables) {
		uk.org.safeguard.agencyaction.AgencyActions.normalizeDueDates(variables, AGREED_ACTIONS);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireText(CONCERN_SUMMARY)
			.requireOneOf(URGENCY, URGENCIES);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_RECORD -> checkRecord(v);
			case TASK_SIGN_OFF_POLICE_ACTIONS -> v.requireText(SIGN_OFF_NOTES);
			default -> {
			}
		}
	}

	private static void checkRecord(Violations v) {
		v.requireDate(DISCUSSION_HELD_AT)
			.requireNotInFuture(DISCUSSION_HELD_AT)
			.requireOneOf(STRATEGY_OUTCOME, OUTCOMES)
			.requireBoolean(POLICE_INVESTIGATION_REQUIRED);
		List<Map<String, Object>> attendees = v.requireJsonList(ATTENDEES);
		if (attendees != null) {
			Set<String> agencies = attendees.stream()
				.map(a -> JsonLists.text(a, SharedVariables.AGENCY))
				.collect(Collectors.toSet());
			List<String> missing = REQUIRED_ATTENDEE_AGENCIES.stream().filter(a -> !agencies.contains(a)).toList();
			v.check(missing.isEmpty(), ATTENDEES + " must include " + String.join(", ", missing)
					+ " (police, children's social care and health take part in every strategy discussion)");
			for (int i = 0; i < attendees.size(); i++) {
				Map<String, Object> attendee = attendees.get(i);
				v.check(ATTENDEE_AGENCIES.contains(JsonLists.text(attendee, SharedVariables.AGENCY)),
						ATTENDEES + "[" + i + "].agency must be one of " + String.join(", ", ATTENDEE_AGENCIES));
				v.check(notBlank(JsonLists.text(attendee, "name")), ATTENDEES + "[" + i + "].name is required");
			}
		}
		AgencyActions.check(v, AGREED_ACTIONS);
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

}
