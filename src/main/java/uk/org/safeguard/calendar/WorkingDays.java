package uk.org.safeguard.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

/**
 * Working-day arithmetic over the England and Wales bank-holiday calendar (SPEC section
 * 5). Exposed to BPMN expressions as the bean {@code workingDays}:
 * {@code ${workingDays.after(sentToMashAt, 1)}}.
 */
@uk.org.safeguard.support.ModelBean
public class WorkingDays {

	/**
	 * Deadlines are local-time deadlines in England and Wales, whatever the server's
	 * zone.
	 */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final Set<LocalDate> extraNonWorkingDays;

	public WorkingDays(Collection<LocalDate> extraNonWorkingDays) {
		this.extraNonWorkingDays = new HashSet<>(extraNonWorkingDays);
	}

	public boolean isWorkingDay(LocalDate date) {
		return !BankHolidays.isWeekend(date) && !BankHolidays.forYear(date.getYear()).contains(date)
				&& !this.extraNonWorkingDays.contains(date);
	}

	/** The same clock time on the n-th working day after the date of {@code start}. */
	public Date after(Date start, int n) {
		ZonedDateTime at = start.toInstant().atZone(ZONE);
		LocalDate day = addWorkingDays(at.toLocalDate(), n);
		return Date.from(day.atTime(at.toLocalTime()).atZone(ZONE).toInstant());
	}

	/** The given time of day on the first working day after the date of {@code start}. */
	/**
	 * The first moment at {@code timeOfDay} (London) on a working day that is after
	 * {@code start}: for 08:00, an incident at 02:00 on a Tuesday gives 08:00 that
	 * Tuesday, one at 09:00 on a Friday gives 08:00 the next Monday (Operation Encompass:
	 * before the school day starts).
	 */
	public Date firstWorkingDayTimeAfter(Date start, String timeOfDay) {
		java.time.ZonedDateTime from = start.toInstant().atZone(ZONE);
		LocalTime time = LocalTime.parse(timeOfDay);
		LocalDate day = from.toLocalDate();
		if (!from.toLocalTime().isBefore(time) || !isWorkingDay(day)) {
			day = addWorkingDays(day, 1);
		}
		return Date.from(day.atTime(time).atZone(ZONE).toInstant());
	}

	public Date nextWorkingDayAt(Date start, String timeOfDay) {
		LocalDate day = addWorkingDays(start.toInstant().atZone(ZONE).toLocalDate(), 1);
		return Date.from(day.atTime(LocalTime.parse(timeOfDay)).atZone(ZONE).toInstant());
	}

	public LocalDate addWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		LocalDate day = start;
		int remaining = n;
		while (remaining > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

}
