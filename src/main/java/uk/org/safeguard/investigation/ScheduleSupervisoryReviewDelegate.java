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
		execution.setVariable(REVIEW_DUE_AT, next.dueAt());
		execution.setVariable(REVIEW_RANK, next.rank().name());
		execution.setVariable(REVIEW_GROUP, next.rank().group());
		execution.setVariable(REVIEW_ESCALATION_GROUP, next.rank().next().group());
	}

}
