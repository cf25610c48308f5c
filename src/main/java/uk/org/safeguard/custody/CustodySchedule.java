package uk.org.safeguard.custody;

import uk.org.safeguard.support.TypedVariables;
import uk.org.safeguard.referral.ChildReferrals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;

import static uk.org.safeguard.custody.ChildInCustodyProcess.*;

/**
 * A child's custody clock, used from the model as
 * {@code ${custodySchedule.…(execution)}}. PACE reviews are fixed from
 * {@code detentionAuthorisedAt} (6 h, 15 h, 24 h, 33 h …): a late review does not move
 * the next.
 */
@uk.org.safeguard.support.ModelBean
@Component("custodySchedule")
public class CustodySchedule {

	private final CustodyTimescales timescales;

	public CustodySchedule(CustodyTimescales timescales) {
		this.timescales = timescales;
	}

	public void plan(DelegateExecution execution) {
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "CUST", CUSTODY_RECORD_NUMBER);
		Date authorised = TypedVariables.date(execution, DETENTION_AUTHORISED_AT);
		if (execution.getVariable(CUSTODY_RECORD_NUMBER) == null) {
			execution.setVariable(CUSTODY_RECORD_NUMBER, execution.getProcessBusinessKey());
		}
		Date relevant = execution.getVariable(RELEVANT_TIME) instanceof Date date ? date : authorised;
		execution.setVariable(RELEVANT_TIME, relevant);
		execution.setVariable(EXTENSION_DECISION_DUE_AT, plus(relevant, timescales.extensionDecision()));
		execution.setVariable(DETENTION_LIMIT_AT, plus(relevant, MAXIMUM_UNEXTENDED));
		execution.setVariable(AA_REQUEST_DUE_AT, plus(authorised, timescales.appropriateAdultRequest()));
		execution.setVariable(NEXT_WELFARE_CHECK_DUE_AT, plus(authorised, timescales.welfareCheck()));
		execution.setVariable(WELFARE_CHECKS_DONE, 0);
		execution.setVariable(LATE_WELFARE_CHECKS, 0);
		execution.setVariable(REVIEWS_DONE, 0);
		execution.setVariable(NEXT_REVIEW_DUE_AT, reviewDue(authorised, 0));
		execution.setVariable(HEALTHCARE_DUE_AT, plus(authorised, timescales.healthcareReferral()));
	}

	/**
	 * The n-th PACE review (0-based) is due 6 h + n × 9 h after detention was authorised.
	 */
	public Date reviewDue(Date authorised, int n) {
		return plus(authorised, timescales.firstReview().plus(timescales.reviewInterval().multipliedBy(n)));
	}

	public void planAppropriateAdultArrival(DelegateExecution execution) {
		execution.setVariable(AA_ARRIVAL_DUE_AT,
				plus(TypedVariables.date(execution, AA_REQUESTED_AT), timescales.appropriateAdultArrival()));
	}

	/**
	 * Counts the check, and whether it was late; the next is due one interval after this
	 * one was done.
	 */
	public void recordWelfareCheck(DelegateExecution execution) {
		Date checked = TypedVariables.date(execution, CHECKED_AT);
		Date due = TypedVariables.date(execution, NEXT_WELFARE_CHECK_DUE_AT);
		execution.setVariable(WELFARE_CHECKS_DONE, TypedVariables.integer(execution, WELFARE_CHECKS_DONE) + 1);
		if (checked.after(due)) {
			execution.setVariable(LATE_WELFARE_CHECKS, TypedVariables.integer(execution, LATE_WELFARE_CHECKS) + 1);
		}
		execution.setVariable(NEXT_WELFARE_CHECK_DUE_AT, plus(checked, timescales.welfareCheck()));
	}

	public void recordReview(DelegateExecution execution) {
		int done = TypedVariables.integer(execution, REVIEWS_DONE) + 1;
		execution.setVariable(REVIEWS_DONE, done);
		execution.setVariable(NEXT_REVIEW_DUE_AT,
				reviewDue(TypedVariables.date(execution, DETENTION_AUTHORISED_AT), done));
	}

	/**
	 * After the charge decision: the safeguarding referral, and the accommodation clock
	 * when bail is refused.
	 */
	public void actOnChargeDecision(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		if ("CHARGED_BAIL_REFUSED".equals(execution.getVariable(CHARGE_DECISION))) {
			execution.setVariable(CHARGED_AT, now);
			execution.setVariable(ACCOMMODATION_REQUESTED_AT, now);
			execution.setVariable(ACCOMMODATION_DUE_AT, plus(now, timescales.accommodation()));
			LocalDate born = LocalDate.parse(TypedVariables.string(execution, CHILD_DATE_OF_BIRTH));
			execution.setVariable(CHILD_AGE_YEARS,
					Period.between(born, now.toInstant().atZone(WorkingDays.ZONE).toLocalDate()).getYears());
		}
		if (Boolean.TRUE.equals(execution.getVariable(SAFEGUARDING_REFERRAL_MADE))) {
			ChildReferrals.start(execution, ChildReferrals.Request
				.forChild(TypedVariables.string(execution, CHILD_ID), TypedVariables.string(execution, CHILD_NAME),
						TypedVariables.string(execution, CHILD_DATE_OF_BIRTH))
				.concern("CUSTODY",
						"Child detained in custody for " + execution.getVariable(OFFENCE) + "; charge decision "
								+ execution.getVariable(CHARGE_DECISION))
				.incident(TypedVariables.date(execution, DETENTION_AUTHORISED_AT), "Police custody", false)
				.voiceOfTheChild(TypedVariables.string(execution, CHILD_PRESENTATION),
						TypedVariables.string(execution, CHILD_WORDS),
						TypedVariables.string(execution, CHILD_NOT_SPOKEN_TO_REASON)));
		}
	}

	public void planTransfer(DelegateExecution execution) {
		execution.setVariable(TRANSFER_DUE_AT, plus(ClockUtil.getCurrentTime(), timescales.transfer()));
	}

	/**
	 * The child has left: hours in custody, and hours after charge when charged and
	 * refused bail.
	 */
	/**
	 * The superintendent's decision (PACE s.42) sets when the child must be charged or
	 * released; without an extension that stays 24 hours after the relevant time. The
	 * charge decision's due date and its escalation timer move with it. Runs as the
	 * engine: re-timing is not something the person deciding may do by hand (SPEC section
	 * 7).
	 */
	public void applyDetentionLimit(DelegateExecution execution) {
		Date relevant = TypedVariables.date(execution, RELEVANT_TIME);
		Date limit = Boolean.TRUE.equals(execution.getVariable(EXTENSION_AUTHORISED))
				? TypedVariables.date(execution, DETENTION_LIMIT_AT) : plus(relevant, MAXIMUM_UNEXTENDED);
		execution.setVariable(DETENTION_LIMIT_AT, limit);
		var engine = execution.getProcessEngineServices();
		org.camunda.bpm.engine.impl.context.Context.getCommandContext().runWithoutAuthorization(() -> {
			for (var task : engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(TASK_RECORD_CHARGE_DECISION)
				.list()) {
				task.setDueDate(limit);
				engine.getTaskService().saveTask(task);
			}
			for (var job : engine.getManagementService()
				.createJobQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.activityId(CHARGE_DECISION_OVERDUE)
				.list()) {
				engine.getManagementService().recalculateJobDuedate(job.getId(), false);
			}
			return null;
		});
	}

	/** The escalation timer on the charge decision (the model's element id). */
	static final String CHARGE_DECISION_OVERDUE = "BoundaryEvent_RecordChargeDecisionOverdue";

	/**
	 * A transfer to local-authority accommodation ends police custody: welfare checks and
	 * reviews stop (SPEC section 8) and the hours are recorded up to the transfer.
	 */
	public void recordTransfer(DelegateExecution execution) {
		execution.setVariable(LEFT_AT, TypedVariables.date(execution, TRANSFERRED_AT));
		recordDeparture(execution);
	}

	public void recordDeparture(DelegateExecution execution) {
		Date left = execution.getVariable(LEFT_AT) instanceof Date date ? date : ClockUtil.getCurrentTime();
		execution.setVariable(LEFT_AT, left);
		execution.setVariable(HOURS_IN_CUSTODY,
				hoursBetween(TypedVariables.date(execution, DETENTION_AUTHORISED_AT), left));
		execution.setVariable(POST_CHARGE_HOURS,
				execution.getVariable(CHARGED_AT) instanceof Date charged ? hoursBetween(charged, left) : 0.0);
	}

	static double hoursBetween(Date from, Date to) {
		return Math.round(Duration.between(from.toInstant(), to.toInstant()).toMinutes() / 6.0) / 10.0;
	}

	private static Date plus(Date date, Duration duration) {
		return Date.from(date.toInstant().plus(duration));
	}

}
