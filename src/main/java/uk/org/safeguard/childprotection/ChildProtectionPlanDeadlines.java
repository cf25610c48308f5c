package uk.org.safeguard.childprotection;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.support.ModelBean;
import uk.org.safeguard.support.TypedVariables;

import static uk.org.safeguard.childprotection.ChildProtectionPlanProcess.*;

/**
 * The clocks of a child protection plan, used by the model as
 * {@code ${childProtectionPlanDeadlines.…(execution)}}. Each next meeting or visit is
 * counted from when the last one actually happened, the first ones from the conference.
 */
@ModelBean
@Component("childProtectionPlanDeadlines")
public class ChildProtectionPlanDeadlines {

	private final ChildProtectionPlanTimescales timescales;

	private final WorkingDays workingDays;

	public ChildProtectionPlanDeadlines(ChildProtectionPlanTimescales timescales, WorkingDays workingDays) {
		this.timescales = timescales;
		this.workingDays = workingDays;
	}

	public void start(DelegateExecution execution) {
		Date conference = TypedVariables.date(execution, CONFERENCE_HELD_AT);
		execution.setVariable(CORE_GROUP_DUE_AT, workingDays.after(conference, timescales.firstCoreGroupWorkingDays()));
		execution.setVariable(REVIEW_CONFERENCE_DUE_AT, plus(conference, timescales.firstReview()));
	}

	public void nextCoreGroup(DelegateExecution execution) {
		Date held = TypedVariables.date(execution, CORE_GROUP_HELD_AT);
		execution.setVariable(CORE_GROUP_DUE_AT, plus(held, timescales.coreGroupInterval()));
	}

	public void nextVisit(DelegateExecution execution) {
		Date last = (Date) execution.getVariable(CHILD_VISITED_AT);
		Date from = last != null ? last : TypedVariables.date(execution, CONFERENCE_HELD_AT);
		execution.setVariable(VISIT_DUE_AT, workingDays.after(from, timescales.visitWorkingDays()));
	}

	public void nextReview(DelegateExecution execution) {
		Date held = TypedVariables.date(execution, REVIEW_CONFERENCE_HELD_AT);
		execution.setVariable(REVIEW_CONFERENCE_DUE_AT, plus(held, timescales.reviewInterval()));
	}

	/**
	 * Weeks and months counted on the London calendar: 3 months after 8 January is 8
	 * April, and a 10:00 meeting is due at 10:00 across the change to summer time.
	 */
	private static Date plus(Date from, java.time.Period period) {
		ZonedDateTime at = from.toInstant().atZone(WorkingDays.ZONE);
		return Date.from(at.plus(period).toInstant());
	}

}
