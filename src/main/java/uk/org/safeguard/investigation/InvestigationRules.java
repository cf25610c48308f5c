package uk.org.safeguard.investigation;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.investigation.InvestigationProcess.*;

@Component
class InvestigationRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public java.util.Set<String> dateVariables() {
		return java.util.Set.of(RECORDED_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CRIME_REFERENCE)
			.requireText(OFFENCE_TYPE)
			.requireOneOf(TEAM, TEAMS)
			.requireOneOf(RISK_LEVEL, RISK_LEVELS)
			.requireDate(RECORDED_AT)
			.requireNotInFuture(RECORDED_AT);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_CONFIRM_CHILD_REFERRAL -> {
				v.requireBoolean(CHILD_REFERRAL_MADE);
				if (Boolean.TRUE.equals(v.value(CHILD_REFERRAL_MADE))) {
					v.requireText(CHILD_REFERRAL_REFERENCE);
				}
				else {
					v.requireText(NO_REFERRAL_REASON);
				}
			}
			case TASK_ALLOCATE -> v.requireText(INVESTIGATING_OFFICER);
			case TASK_INVESTIGATE -> v.requireOneOf(PROPOSED_OUTCOME, OUTCOMES).requireText(OUTCOME_RATIONALE);
			case TASK_SUPERVISORY_REVIEW -> v.requireText(REVIEW_NOTES);
			case TASK_APPROVE_CLOSURE -> {
				v.requireOneOf(CLOSURE_DECISION, CLOSURE_DECISIONS).requireText(OUTCOME_RATIONALE);
				if ("RETURNED".equals(v.value(CLOSURE_DECISION))) {
					v.requireText(CLOSURE_NOTES);
				}
			}
			default -> {
			}
		}
	}

}
