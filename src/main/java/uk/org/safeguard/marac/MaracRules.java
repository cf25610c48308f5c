package uk.org.safeguard.marac;

import java.util.Date;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.agencyaction.AgencyActions;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.marac.MaracCaseProcess.*;

@Component
class MaracRules implements InputRules {

	private final MaracTimescales timescales;

	public MaracRules(MaracTimescales timescales) {
		this.timescales = timescales;
	}

	/** A case is heard at a meeting no later than four weeks after referral. */

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(REFERRED_AT, MEETING_DATE, VICTIM_CONTACTED_AT, NEXT_MEETING_DATE);
	}

	@Override
	public java.util.Set<String> jsonListVariables() {
		return java.util.Set.of(ACTION_PLAN, CHILDREN);
	}

	@Override
	public void normalize(String taskKey, org.camunda.bpm.engine.delegate.VariableScope variables) {
		uk.org.safeguard.agencyaction.AgencyActions.normalizeDueDates(variables, ACTION_PLAN);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(HOUSEHOLD_ID)
			.requireText(VICTIM_NAME)
			.requireOneOf(MARAC_REFERRAL_REASON, REASONS)
			.requireText(REFERRING_AGENCY);
		if (v.value(HOUSEHOLD_ID) instanceof String household && !household.isBlank()) {
			// Whoever starts it, and whatever cases they may read (SPEC section 7).
			long open = org.camunda.bpm.engine.impl.context.Context.getCommandContext()
				.runWithoutAuthorization(() -> v.engine()
					.getRuntimeService()
					.createProcessInstanceQuery()
					.processDefinitionKey(KEY)
					.variableValueEquals(HOUSEHOLD_ID, household)
					.count());
			v.check(open == 0, HOUSEHOLD_ID + " " + household
					+ " already has an open MARAC case; send MaracNewIncident to it instead");
		}
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_LIST_CASE -> {
				v.requireDate(MEETING_DATE);
				if (v.value(MEETING_DATE) instanceof Date meeting && v.value(REFERRED_AT) instanceof Date referred) {
					v.check(!meeting.after(Date.from(referred.toInstant().plus(timescales.meetingWithin()))),
							MEETING_DATE + " must be at most " + timescales.meetingWithin().toDays()
									+ " days after the referral");
				}
			}
			case TASK_CONTACT_VICTIM -> {
				v.requireDate(VICTIM_CONTACTED_AT).requireText(CONTACT_NOTES).requireBoolean(VICTIM_INFORMED);
				if (Boolean.FALSE.equals(v.value(VICTIM_INFORMED))) {
					v.requireText(VICTIM_NOT_INFORMED_REASON);
				}
			}
			case TASK_LIST_NEW_INCIDENT -> {
				v.requireDate(NEXT_MEETING_DATE);
				if (v.value(NEXT_MEETING_DATE) instanceof Date next) {
					v.check(next.after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()),
							NEXT_MEETING_DATE + " must be in the future");
				}
			}
			case TASK_RECORD_NEW_INCIDENT_OUTCOME -> AgencyActions.check(v, ACTION_PLAN);
			case TASK_RESEARCH_CASE -> v.requireText(RESEARCH_NOTES);
			case TASK_RECORD_OUTCOME -> AgencyActions.check(v, ACTION_PLAN);
			case TASK_REVIEW_NEW_INCIDENT, TASK_INFORM_OFFICER -> v.requireText(NEW_INCIDENT_NOTES);
			default -> {
			}
		}
	}

}
