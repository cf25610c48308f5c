package uk.org.safeguard.referral;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.referral.ChildReferralProcess.*;

/**
 * A referral must say who the child is, where and when it happened, and what the child
 * said or why they were not spoken to: the inspection found forms missing location, time,
 * the child's details and the voice of the child.
 */
@Component
class ChildReferralRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public java.util.Set<String> dateVariables() {
		return java.util.Set.of(INCIDENT_AT, SCHOOL_NOTIFIED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		checkReferral(v);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_REVIEW_QUALITY -> {
				v.requireOneOf(REFERRAL_QUALITY, QUALITY_OUTCOMES);
				if ("RETURNED".equals(v.value(REFERRAL_QUALITY))) {
					v.requireText(QUALITY_FEEDBACK);
				}
			}
			case TASK_CORRECT -> checkReferral(v);
			case TASK_DECIDE_OUTCOME -> {
				v.requireOneOf(MASH_DECISION, MASH_DECISIONS).requireText(MASH_DECISION_REASON);
				if (CONSENSUAL_DECISIONS.contains(v.value(MASH_DECISION))) {
					uk.org.safeguard.assessment.AssessmentRules.requireConsent(v);
				}
			}
			case TASK_NOTIFY_SCHOOL -> v.requireDate(SCHOOL_NOTIFIED_AT);
			default -> {
			}
		}
	}

	static void checkReferral(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireOneOf(CONCERN_TYPE, CONCERN_TYPES)
			.requireText(CONCERN_SUMMARY)
			.requireDate(INCIDENT_AT)
			.requireNotInFuture(INCIDENT_AT)
			.requireText(INCIDENT_LOCATION)
			.requireBoolean(IMMEDIATE_RISK)
			.requireText(CHILD_BEHAVIOUR_AND_DEMEANOUR)
			.requireEither(CHILD_WORDS, CHILD_NOT_SPOKEN_TO_REASON);
	}

}
