package uk.org.safeguard.investigation;

import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.investigation.SupervisionSchedule.NextReview;

import static uk.org.safeguard.investigation.InvestigationProcess.*;

/**
 * Schedules the next {@code Task_SupervisoryReview}: its due date, rank, group and
 * escalation group. Runs when the investigation starts and after each completed review.
 */
@uk.org.safeguard.support.ModelBean
@Component("scheduleSupervisoryReviewDelegate")
public class ScheduleSupervisoryReviewDelegate implements JavaDelegate {

	private final SupervisionSchedule schedule;

	public ScheduleSupervisoryReviewDelegate(SupervisionSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		Date recordedAt = TypedVariables.date(execution, RECORDED_AT);
		Integer completed = TypedVariables.integer(execution, REVIEWS_COMPLETED);
		NextReview next;
		if (completed == null) {
			completed = 0;
			next = schedule.first(recordedAt, now);
		}
		else {
			completed++;
			execution.setVariable(LAST_REVIEWED_AT, now);
			next = schedule.afterReview(recordedAt, now, Rank.valueOf(TypedVariables.string(execution, REVIEW_RANK)));
		}
		execution.setVariable(REVIEWS_COMPLETED, completed);
		schedule(execution, recordedAt, next.dueAt(), next.rank());
	}

	/**
	 * The open review was not done before the investigation's age required a higher rank
	 * (SPEC section 8): it is replaced by a review at that rank, owed when the replaced
	 * one was. Used by the model as
	 * {@code ${scheduleSupervisoryReviewDelegate.raiseRank(execution)}}.
	 */
	public void raiseRank(DelegateExecution execution) {
		Date recordedAt = TypedVariables.date(execution, RECORDED_AT);
		Date now = ClockUtil.getCurrentTime();
		Rank rank = Rank.valueOf(schedule.rankNow(recordedAt, now));
		schedule(execution, recordedAt, TypedVariables.date(execution, REVIEW_DUE_AT), rank);
	}

	private void schedule(DelegateExecution execution, Date recordedAt, Date dueAt, Rank rank) {
		execution.setVariable(REVIEW_DUE_AT, dueAt);
		execution.setVariable(REVIEW_RANK, rank.name());
		execution.setVariable(REVIEW_GROUP, rank.group());
		execution.setVariable(REVIEW_ESCALATION_GROUP, rank.next().group());
		Date raised = schedule.rankRaisedAt(recordedAt, ClockUtil.getCurrentTime(), rank);
		// A timer needs a date: a review whose rank never rises is never replaced.
		execution.setVariable(REVIEW_RANK_RAISED_AT,
				raised != null ? raised : Date.from(recordedAt.toInstant().plus(java.time.Duration.ofDays(36500))));
	}

}
