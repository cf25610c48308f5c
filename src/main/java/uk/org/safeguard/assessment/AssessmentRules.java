package uk.org.safeguard.assessment;

import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess.*;

@Component
public class AssessmentRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(REFERRAL_RECEIVED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireDate(REFERRAL_RECEIVED_AT)
			.requireNotInFuture(REFERRAL_RECEIVED_AT);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		if (!TASK_COMPLETE_ASSESSMENT.equals(taskKey)) {
			return;
		}
		v.requireOneOf(ASSESSMENT_OUTCOME, OUTCOMES).requireText(ASSESSMENT_SUMMARY);
		if (CONSENSUAL_OUTCOMES.contains(v.value(ASSESSMENT_OUTCOME))) {
			requireConsent(v);
		}
		if (v.value(ASSESSMENT_DUE_AT) instanceof Date due && ClockUtil.getCurrentTime().after(due)) {
			v.requireText(OVERRUN_REASON);
		}
	}

	/**
	 * Consensual services (early help, child in need) need the family's consent, or why
	 * it was not obtained (SPEC section 8). Used by the MASH decision too.
	 */
	public static void requireConsent(Violations v) {
		v.requireBoolean(FAMILY_CONSENT);
		if (Boolean.FALSE.equals(v.value(FAMILY_CONSENT))) {
			v.requireText(CONSENT_NOT_OBTAINED_REASON);
		}
	}

}
