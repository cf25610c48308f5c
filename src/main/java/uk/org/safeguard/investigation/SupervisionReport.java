package uk.org.safeguard.investigation;

import java.time.Instant;
import java.util.Map;

/**
 * Active investigations and how many are overdue for supervisory review: the figure the
 * inspectors had to count by hand (611 of 1,002). "Overdue" = its open
 * {@code Task_SupervisoryReview} is past its due date.
 */
public record SupervisionReport(Instant generatedAt, int activeInvestigations, int overdueForReview,
		Map<String, Count> byTeam, Map<String, Count> byRequiredRank, Overdue oldestOverdue) {

	public record Count(int active, int overdue) {

		Count plus(boolean isOverdue) {
			return new Count(active + 1, overdue + (isOverdue ? 1 : 0));
		}

	}

	/** The investigation whose review has been overdue longest. */
	public record Overdue(String crimeReference, String processInstanceId, String team, String requiredRank,
			String reviewRank, Instant reviewDueAt, long daysOverdue) {
	}

}
