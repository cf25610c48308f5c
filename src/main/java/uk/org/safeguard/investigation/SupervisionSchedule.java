package uk.org.safeguard.investigation;

import java.time.Duration;
import java.util.Date;

import uk.org.safeguard.investigation.SupervisionRanks.Band;

/**
 * When the next supervisory review is due and by which rank, counted from
 * {@code recordedAt} (SPEC 4.4).
 * <ul>
 * <li>First review: due at the start of the band the investigation's age is in (day 7 for
 * a new one, day 45 for an imported 60-day-old one, which is therefore owed at once), by
 * that band's rank.</li>
 * <li>After a review: due one review interval later, or at the start of the next band if
 * that comes first. If the review just done was by a lower rank than the age now
 * requires, the senior review is owed from the start of its band.</li>
 * </ul>
 */
public class SupervisionSchedule {

	public record NextReview(Date dueAt, Rank rank) {
	}

	private final SupervisionRanks ranks;

	private final Duration reviewInterval;

	public SupervisionSchedule(SupervisionRanks ranks, Duration reviewInterval) {
		this.ranks = ranks;
		this.reviewInterval = reviewInterval;
	}

	public NextReview first(Date recordedAt, Date now) {
		long age = ageDays(recordedAt, now);
		Band band = ranks.bandAt(age);
		int dueDay = band.startDay();
		return new NextReview(dayOf(recordedAt, dueDay), ranks.bandAt(Math.max(dueDay, age)).rank());
	}

	public NextReview afterReview(Date recordedAt, Date reviewedAt, Rank reviewedBy) {
		long age = ageDays(recordedAt, reviewedAt);
		Band band = ranks.bandAt(age);
		if (band.rank().isAbove(reviewedBy)) {
			return new NextReview(dayOf(recordedAt, Math.min(band.startDay(), age)), band.rank());
		}
		long dueDay = age + Math.max(1, reviewInterval.toDays());
		for (long day = age + 1; day < dueDay; day++) {
			if (ranks.bandAt(day).rank() != band.rank()) {
				dueDay = day;
				break;
			}
		}
		return new NextReview(dayOf(recordedAt, dueDay), ranks.bandAt(dueDay).rank());
	}

	static long ageDays(Date recordedAt, Date at) {
		return Math.max(0, Duration.between(recordedAt.toInstant(), at.toInstant()).toDays());
	}

	private static Date dayOf(Date recordedAt, long day) {
		return Date.from(recordedAt.toInstant().plus(Duration.ofDays(day)));
	}

}
