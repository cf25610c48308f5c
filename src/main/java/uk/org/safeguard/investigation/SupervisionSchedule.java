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

	/**
	 * The moment the investigation's age first requires a rank above {@code rank}, from
	 * {@code from} on, or null if it never does. Ranks only rise with age, so a binary
	 * search over the days asks the table a dozen times, not once a day.
	 */
	public Date rankRaisedAt(Date recordedAt, Date from, Rank rank) {
		long low = ageDays(recordedAt, from) + 1;
		long high = MAX_AGE_DAYS;
		if (!ranks.bandAt(high).rank().isAbove(rank)) {
			return null;
		}
		while (low < high) {
			long middle = (low + high) / 2;
			if (ranks.bandAt(middle).rank().isAbove(rank)) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return dayOf(recordedAt, low);
	}

	/** Ten years: no investigation's supervision is planned beyond. */
	private static final long MAX_AGE_DAYS = 3650;

	/** The rank the investigation's age requires at {@code at}. */
	public String rankNow(Date recordedAt, Date at) {
		return ranks.bandAt(ageDays(recordedAt, at)).rank().name();
	}

	static long ageDays(Date recordedAt, Date at) {
		return Math.max(0, Duration.between(recordedAt.toInstant(), at.toInstant()).toDays());
	}

	private static Date dayOf(Date recordedAt, long day) {
		return Date.from(recordedAt.toInstant().plus(Duration.ofDays(day)));
	}

}
