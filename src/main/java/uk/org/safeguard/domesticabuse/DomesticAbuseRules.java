package uk.org.safeguard.domesticabuse;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.support.JsonLists;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;
import uk.org.safeguard.support.SharedVariables;

/**
 * DASH with the voice of every child: the inspection found DASH forms without the
 * children's behaviour and demeanour, and children affected by domestic abuse never
 * referred.
 */
@Component
class DomesticAbuseRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(INCIDENT_AT);
	}

	@Override
	public java.util.Set<String> jsonListVariables() {
		return java.util.Set.of(CHILDREN);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(HOUSEHOLD_ID)
			.requireText(VICTIM_NAME)
			.requireDate(INCIDENT_AT)
			.requireNotInFuture(INCIDENT_AT)
			.requireOneOf(OFFICER_RISK_LEVEL, RISK_LEVELS)
			.requireBoolean(CRIME_RECORDED);
		Object yes = v.value(DASH_YES_COUNT);
		v.check(yes instanceof Number n && n.intValue() >= 0 && n.intValue() <= DASH_QUESTIONS
				&& n.doubleValue() == n.intValue(),
				DASH_YES_COUNT + " must be a whole number from 0 to " + DASH_QUESTIONS);
		if (Boolean.TRUE.equals(v.value(CRIME_RECORDED))) {
			v.requireText(CRIME_REFERENCE);
		}
		List<Map<String, Object>> children = v.requireJsonList(CHILDREN);
		if (children != null) {
			for (int i = 0; i < children.size(); i++) {
				checkChild(v, i, children.get(i));
			}
		}
	}

	private static void checkChild(Violations v, int i, Map<String, Object> child) {
		String at = CHILDREN + "[" + i + "].";
		for (String field : List.of(SharedVariables.CHILD_ID, "name", "behaviourAndDemeanour")) {
			v.check(notBlank(JsonLists.text(child, field)), at + field + " is required");
		}
		String dob = Violations.childDateOfBirthProblem(child.get("dateOfBirth"));
		v.check(dob == null, at + "dateOfBirth " + dob);
		v.check(child.get("present") instanceof Boolean, at + "present is required (true or false)");
		v.check(notBlank(JsonLists.text(child, "words")) || notBlank(JsonLists.text(child, "notSpokenToReason")),
				at + "words or " + at + "notSpokenToReason is required");
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_REVIEW_RISK -> {
				v.requireOneOf(REVIEWED_RISK_LEVEL, RISK_LEVELS).requireText(RISK_REVIEW_NOTES);
				Object reviewed = v.value(REVIEWED_RISK_LEVEL);
				Object officer = v.value(OFFICER_RISK_LEVEL);
				v.check(!(reviewed instanceof String r) || !(officer instanceof String o)
						|| RISK_LEVELS.indexOf(r) >= RISK_LEVELS.indexOf(o),
						REVIEWED_RISK_LEVEL + " may raise the officer's risk level but never lower it (" + officer
								+ ")");
			}
			default -> {
			}
		}
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

}
