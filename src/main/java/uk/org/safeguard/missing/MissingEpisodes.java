package uk.org.safeguard.missing;

import uk.org.safeguard.support.TypedVariables;
import uk.org.safeguard.referral.ChildReferrals;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import static uk.org.safeguard.missing.MissingChildProcess.*;

/**
 * A missing episode's deadlines, trigger plan and repeat count, used from the model as
 * {@code ${missingEpisodes.…(execution)}}.
 */
@uk.org.safeguard.support.ModelBean
public class MissingEpisodes {

	private final MissingTimescales timescales;

	private final TriggerPlans triggerPlans;

	public MissingEpisodes(MissingTimescales timescales, TriggerPlans triggerPlans) {
		this.timescales = timescales;
		this.triggerPlans = triggerPlans;
	}

	/**
	 * Attaches the child's trigger plan, counts the child's episodes in 90 days and sets
	 * the first deadline.
	 */
	public void record(DelegateExecution execution) {
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "MISS", null);
		String childId = TypedVariables.string(execution, CHILD_ID);
		Date reported = TypedVariables.date(execution, REPORTED_AT);
		attachTriggerPlan(execution);
		execution.setVariable(EPISODES_LAST_90_DAYS,
				episodesInWindow(execution.getProcessEngineServices().getHistoryService(), childId, reported,
						execution.getProcessInstanceId()));
		execution.setVariable(ASSESSMENT_DUE_AT, plus(reported, timescales.riskAssessment()));
		execution.setVariable(RESPONSIBLE_AUTHORITY_DUE_AT, plus(reported, timescales.responsibleAuthority()));
	}

	/** The first enquiries are owed soon after the risk is graded. */
	public void planEnquiries(DelegateExecution execution) {
		execution.setVariable(ENQUIRIES_DUE_AT, plus(ClockUtil.getCurrentTime(), timescales.enquiries()));
	}

	int episodesInWindow(HistoryService history, String childId, Date reported, String thisInstanceId) {
		long others = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.variableValueEquals(CHILD_ID, childId)
			.variableValueGreaterThanOrEqual(REPORTED_AT,
					Date.from(reported.toInstant().minus(timescales.repeatWindow())))
			.variableValueLessThanOrEqual(REPORTED_AT, reported)
			.list()
			.stream()
			.filter(episode -> !episode.getId().equals(thisInstanceId))
			.count();
		return (int) others + 1;
	}

	/**
	 * The next review while missing, at the DMN's interval; the trigger plan is read
	 * again, it may have changed.
	 */
	public void scheduleReview(DelegateExecution execution) {
		Duration interval = Duration.parse(TypedVariables.string(execution, REVIEW_INTERVAL));
		execution.setVariable(REVIEW_DUE_AT, nextOnTheGrid(TypedVariables.date(execution, REPORTED_AT),
				(Date) execution.getVariable(REVIEW_DUE_AT), interval));
		attachTriggerPlan(execution);
	}

	/**
	 * Reviews are fixed from the report, not from when the last one was done (a late
	 * review does not push the next one back): the first multiple of the interval after
	 * the report that is later than the previous review's due time.
	 */
	static Date nextOnTheGrid(Date reported, Date previousDue, Duration interval) {
		long step = interval.toMillis();
		long after = previousDue != null ? previousDue.getTime() : reported.getTime();
		long k = Math.max(1, (after - reported.getTime()) / step + 1);
		return new Date(reported.getTime() + k * step);
	}

	public void recordFound(DelegateExecution execution) {
		Date found = execution.getVariable(FOUND_AT) instanceof Date date ? date : ClockUtil.getCurrentTime();
		execution.setVariable(FOUND_AT, found);
		execution.setVariable(SAFE_AND_WELL_DUE_AT, plus(found, timescales.safeAndWellCheck()));
		execution.setVariable(RETURN_INTERVIEW_DUE_AT, plus(found, timescales.returnHomeInterview()));
	}

	/**
	 * Missing three or more times in 90 days: screen for exploitation and refer to
	 * children's social care.
	 */
	public void startExploitationWork(DelegateExecution execution) {
		execution.setVariable(SCREENING_DUE_AT, plus(ClockUtil.getCurrentTime(), timescales.exploitationScreening()));
		ChildReferrals.start(execution,
				ChildReferrals.Request
					.forChild(TypedVariables.string(execution, CHILD_ID), TypedVariables.string(execution, CHILD_NAME),
							TypedVariables.string(execution, CHILD_DATE_OF_BIRTH))
					.concern("MISSING",
							"Missing " + execution.getVariable(EPISODES_LAST_90_DAYS)
									+ " times in 90 days; screening for exploitation")
					.incident(TypedVariables.date(execution, REPORTED_AT),
							"Missing episode " + execution.getProcessBusinessKey(), false)
					.voiceOfTheChild("Child currently or recently missing; not yet seen", null,
							"Child missing when the referral was made"));
	}

	private void attachTriggerPlan(DelegateExecution execution) {
		execution.setVariable(TRIGGER_PLAN,
				triggerPlans.find(TypedVariables.string(execution, CHILD_ID))
					.map(plan -> plan.plan() + "\n(updated by " + plan.updatedBy() + " at " + plan.updatedAt() + ")")
					.orElse("No trigger plan recorded for this child"));
	}

	private static Date plus(Date date, Duration duration) {
		return Date.from(date.toInstant().plus(duration));
	}

}
