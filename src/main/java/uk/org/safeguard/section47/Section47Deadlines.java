package uk.org.safeguard.section47;

import uk.org.safeguard.support.TypedVariables;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;

import static uk.org.safeguard.section47.Section47EnquiryProcess.*;

/**
 * The statutory clock of a section 47 enquiry (Working Together), used as
 * {@code ${section47Deadlines.enquiry(execution)}} and
 * {@code ${section47Deadlines.plan(execution)}}: the child seen 1 WD and the initial
 * conference 15 WD after the strategy discussion; the first core group 10 WD and the
 * first review conference 3 months after the conference.
 */
@uk.org.safeguard.support.ModelBean
@Component("section47Deadlines")
public class Section47Deadlines {

	private final WorkingDays workingDays;

	public Section47Deadlines(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	public void enquiry(DelegateExecution execution) {
		Date strategyAt = TypedVariables.date(execution, STRATEGY_DISCUSSION_AT);
		execution.setVariable(SEE_CHILD_DUE_AT, workingDays.after(strategyAt, 1));
		execution.setVariable(CONFERENCE_DUE_AT, workingDays.after(strategyAt, 15));
	}

	public void plan(DelegateExecution execution) {
		Date conferenceAt = TypedVariables.date(execution, CONFERENCE_HELD_AT);
		execution.setVariable(CORE_GROUP_DUE_AT, workingDays.after(conferenceAt, 10));
		ZonedDateTime at = conferenceAt.toInstant().atZone(WorkingDays.ZONE);
		execution.setVariable(REVIEW_CONFERENCE_DUE_AT, Date.from(at.plusMonths(3).toInstant()));
	}

}
