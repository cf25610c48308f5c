package uk.org.safeguard.section47;

import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.childprotection.ChildProtectionPlans;

import static uk.org.safeguard.section47.Section47EnquiryProcess.*;

/**
 * The statutory clock of a section 47 enquiry (Working Together), used as
 * {@code ${section47Deadlines.enquiry(execution)}} and
 * {@code ${section47Deadlines.plan(execution)}}: the child seen 1 WD and the initial
 * conference 15 WD after the strategy discussion; the first core group 10 WD and the
 * outcome within {@code safeguard.timescales.section47.outcome-working-days}; a plan
 * starts {@code ChildProtectionPlanProcess}.
 */
@uk.org.safeguard.support.ModelBean
@Component("section47Deadlines")
public class Section47Deadlines {

	private final WorkingDays workingDays;

	private final Section47Timescales timescales;

	public Section47Deadlines(WorkingDays workingDays, Section47Timescales timescales) {
		this.workingDays = workingDays;
		this.timescales = timescales;
	}

	public void enquiry(DelegateExecution execution) {
		Date strategyAt = TypedVariables.date(execution, STRATEGY_DISCUSSION_AT);
		execution.setVariable(SEE_CHILD_DUE_AT, workingDays.after(strategyAt, SEE_CHILD_WORKING_DAYS));
		execution.setVariable(CONFERENCE_DUE_AT, workingDays.after(strategyAt, CONFERENCE_WORKING_DAYS));
		execution.setVariable(OUTCOME_DUE_AT, workingDays.after(strategyAt, timescales.outcomeWorkingDays()));
	}

	/**
	 * The conference decided a plan: the plan runs as its own process (SPEC section 8).
	 */
	public void startPlan(DelegateExecution execution) {
		new ChildProtectionPlans(TypedVariables.string(execution, CHILD_ID),
				TypedVariables.string(execution, CHILD_NAME), TypedVariables.string(execution, CHILD_DATE_OF_BIRTH),
				TypedVariables.date(execution, CONFERENCE_HELD_AT), TypedVariables.string(execution, PLAN_CATEGORY))
			.start(execution);
	}

}
