package uk.org.safeguard.agencyaction;

import org.springframework.stereotype.Component;

import uk.org.safeguard.identity.SafeguardGroups;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.agencyaction.AgencyActionProcess.*;

@Component
class AgencyActionRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public java.util.Set<String> dateVariables() {
		return java.util.Set.of(ACTION_DUE_DATE);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(ACTION_DESCRIPTION).requireDate(ACTION_DUE_DATE).requireText(CASE_REFERENCE);
		requireGroup(v, AGENCY);
		requireGroup(v, ESCALATION_GROUP);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_COMPLETE_ACTION -> v.requireOneOf(ACTION_OUTCOME, OUTCOMES).requireText(ACTION_NOTES);
			default -> {
			}
		}
	}

	private static void requireGroup(Violations v, String name) {
		Object group = v.value(name);
		v.check(group instanceof String g && SafeguardGroups.CASEWORK.contains(g),
				name + " must be a Safeguard group id but was '" + group + "'");
	}

}
