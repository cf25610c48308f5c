package uk.org.safeguard.rso;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.rso.RsoManagementProcess.*;

@Component
class RsoRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(REGISTERED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(OFFENDER_ID)
			.requireText(OFFENDER_NAME)
			.requireDate(REGISTERED_AT)
			.requireNotInFuture(REGISTERED_AT)
			.requireText(ADDRESS)
			.requireText(CONVICTION_SUMMARY);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_ALLOCATE -> v.requireText(OFFENDER_MANAGER);
			case TASK_ARMS -> v.requireOneOf(RISK_LEVEL, RISK_LEVELS);
			case TASK_INITIAL_VISIT -> checkVisit(v);
			case TASK_HOME_VISIT -> checkVisit(v.requireOneOf(RISK_LEVEL, RISK_LEVELS));
			case TASK_DECIDE_DISCLOSURE ->
				v.requireOneOf(DISCLOSURE_DECISION, DISCLOSURE_DECISIONS).requireText(DISCLOSURE_RATIONALE);
			case TASK_ASSESS_NEW_RELATIONSHIP ->
				v.requireText(RELATIONSHIP_ASSESSMENT).requireBoolean(PARTNER_HAS_CHILDREN);
			case TASK_CONSIDER_REACTIVE -> v.requireBoolean(REACTIVE_MANAGEMENT).requireText(REACTIVE_RATIONALE);
			case TASK_UPDATE_TRAVEL, TASK_ANNUAL_REVIEW, TASK_REVIEW_NEW_INFORMATION -> v.requireText(REVIEW_NOTES);
			default -> {
			}
		}
	}

	private static void checkVisit(Violations v) {
		v.requireText(VISIT_NOTES)
			.requireBoolean(CHILD_CONTACT_IDENTIFIED)
			.requireBoolean(NEW_RELATIONSHIP)
			.requireBoolean(NOTIFICATION_BREACH_SUSPECTED);
		if (Boolean.TRUE.equals(v.value(CHILD_CONTACT_IDENTIFIED))) {
			v.requireText(CHILD_CONTACT_DETAILS)
				.requireText(CHILD_CONTACT_ID)
				.requireText(CHILD_CONTACT_NAME)
				.requireChildDateOfBirth(CHILD_CONTACT_DATE_OF_BIRTH);
		}
		Object within = v.value(NEXT_VISIT_WITHIN);
		if (within instanceof String text && !text.isBlank()) {
			v.check(isPeriod(text), NEXT_VISIT_WITHIN + " must be an ISO-8601 period such as P2W or P1M");
		}
	}

	static boolean isPeriod(String text) {
		try {
			Period period = Period.parse(text);
			return !period.isNegative() && !period.isZero();
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
