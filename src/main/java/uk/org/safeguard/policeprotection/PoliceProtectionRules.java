package uk.org.safeguard.policeprotection;

import java.util.Date;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.policeprotection.PoliceProtectionProcess.*;

@Component
class PoliceProtectionRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(PROTECTED_AT, LOCAL_AUTHORITY_INFORMED_AT, INQUIRY_COMPLETED_AT, ENDED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireDate(PROTECTED_AT)
			.requireNotInFuture(PROTECTED_AT)
			.requireText(PLACE_OF_SAFETY)
			.requireText(REASON);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_INFORM_LOCAL_AUTHORITY -> {
				v.requireDate(LOCAL_AUTHORITY_INFORMED_AT)
					.requireNotInFuture(LOCAL_AUTHORITY_INFORMED_AT)
					.requireText(LOCAL_AUTHORITY_CONTACT);
				notBeforeProtection(v, LOCAL_AUTHORITY_INFORMED_AT);
			}
			case TASK_DESIGNATED_OFFICER_INQUIRY -> {
				v.requireDate(INQUIRY_COMPLETED_AT)
					.requireNotInFuture(INQUIRY_COMPLETED_AT)
					.requireText(INQUIRY_FINDINGS);
				notBeforeProtection(v, INQUIRY_COMPLETED_AT);
			}
			case TASK_DECIDE_EPO_APPLICATION -> v.requireBoolean(EPO_APPLIED).requireText(EPO_DECISION_REASON);
			case TASK_END_POLICE_PROTECTION -> {
				v.requireDate(ENDED_AT).requireNotInFuture(ENDED_AT).requireOneOf(OUTCOME, OUTCOMES);
				notBeforeProtection(v, ENDED_AT);
			}
			default -> {
			}
		}
	}

	private static void notBeforeProtection(Violations v, String name) {
		if (v.value(name) instanceof Date at && v.value(PROTECTED_AT) instanceof Date protectedAt) {
			v.check(!at.before(protectedAt), name + " must not be before protectedAt");
		}
	}

}
