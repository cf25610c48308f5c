package uk.org.safeguard.missing;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.missing.MissingChildProcess.*;

@Component
class MissingRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(REPORTED_AT, LAST_SEEN_AT, FOUND_AT, RETURN_INTERVIEW_AT, RESPONSIBLE_AUTHORITY_NOTIFIED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireDate(REPORTED_AT)
			.requireNotInFuture(REPORTED_AT)
			.requireDate(LAST_SEEN_AT)
			.requireNotInFuture(LAST_SEEN_AT)
			.requireBoolean(LOOKED_AFTER_CHILD);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_ASSESS_RISK -> {
				if ("LOW".equals(v.value(MISSING_RISK_LEVEL))) {
					v.check(false, MISSING_RISK_LEVEL
							+ " LOW is refused for a child: every missing child gets an active investigation (HIGH or MEDIUM)");
				}
				else {
					v.requireOneOf(MISSING_RISK_LEVEL, RISK_LEVELS);
				}
				v.requireText(RISK_RATIONALE);
			}
			case TASK_CONDUCT_ENQUIRIES -> v.requireText(ENQUIRY_NOTES);
			case TASK_REVIEW -> {
				v.requireText(REVIEW_NOTES);
				// A review may re-grade the risk while the child is missing, never to
				// LOW.
				if (v.value(MISSING_RISK_LEVEL) != null) {
					v.requireOneOf(MISSING_RISK_LEVEL, RISK_LEVELS);
				}
			}
			case TASK_NOTIFY_RESPONSIBLE_AUTHORITY -> v.requireDate(RESPONSIBLE_AUTHORITY_NOTIFIED_AT)
				.requireNotInFuture(RESPONSIBLE_AUTHORITY_NOTIFIED_AT)
				.requireText(RESPONSIBLE_AUTHORITY_CONTACT);
			case TASK_SAFE_AND_WELL -> v.requireText(SAFE_AND_WELL_NOTES);
			case TASK_RETURN_HOME_INTERVIEW -> {
				v.requireOneOf(RETURN_INTERVIEW_OUTCOME, RETURN_INTERVIEW_OUTCOMES);
				if ("COMPLETED".equals(v.value(RETURN_INTERVIEW_OUTCOME))) {
					v.requireDate(RETURN_INTERVIEW_AT)
						.requireNotInFuture(RETURN_INTERVIEW_AT)
						.requireText(RETURN_INTERVIEW_FINDINGS);
					if (v.value(RETURN_INTERVIEW_AT) instanceof java.util.Date at
							&& v.value(FOUND_AT) instanceof java.util.Date found) {
						v.check(!at.before(found),
								RETURN_INTERVIEW_AT + " must not be before the child was found (" + FOUND_AT + ")");
					}
				}
				else if (v.value(RETURN_INTERVIEW_OUTCOME) != null) {
					v.requireText(RETURN_INTERVIEW_NOT_DONE_REASON);
				}
			}
			case TASK_REVIEW_FINDINGS -> v.requireText(FINDINGS_ACTIONS);
			case TASK_SCREEN_FOR_EXPLOITATION ->
				v.requireOneOf(SCREENING_OUTCOME, SCREENING_OUTCOMES).requireText(SCREENING_NOTES);
			default -> {
			}
		}
	}

}
