package uk.org.safeguard.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays computed from the rules of the Banking and Financial
 * Dealings Act 1971 and the royal proclamations that moved or added days. Exceptions are
 * listed explicitly because they cannot be derived: a rule change must be added here and
 * covered by {@code BankHolidaysTests}.
 */
public final class BankHolidays {

	/** One-off bank holidays proclaimed in addition to the regular ones. */
	static final List<LocalDate> ONE_OFF = List.of(LocalDate.of(2022, 6, 3), // Platinum
																				// Jubilee
			LocalDate.of(2022, 9, 19), // State funeral of Queen Elizabeth II
			LocalDate.of(2023, 5, 8)); // Coronation of King Charles III

	private BankHolidays() {
	}

	public static Set<LocalDate> forYear(int year) {
		Set<LocalDate> days = new TreeSet<>();
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(earlyMay(year));
		days.add(springBankHoliday(year));
		days.add(lastMonday(year, Month.AUGUST));
		// Fixed dates falling on a weekend move to the next weekday that is not already a
		// holiday.
		// Christmas is placed after Boxing Day so that a Sunday Christmas yields Tuesday
		// 27th.
		addWithSubstitute(days, LocalDate.of(year, 1, 1));
		LocalDate christmas = LocalDate.of(year, 12, 25);
		LocalDate boxingDay = LocalDate.of(year, 12, 26);
		if (isWeekend(christmas) && !isWeekend(boxingDay)) {
			addWithSubstitute(days, boxingDay);
			addWithSubstitute(days, christmas);
		}
		else {
			addWithSubstitute(days, christmas);
			addWithSubstitute(days, boxingDay);
		}
		ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(days::add);
		return days;
	}

	private static LocalDate earlyMay(int year) {
		if (year == 2020) {
			return LocalDate.of(2020, 5, 8); // moved to Friday for the 75th anniversary
												// of VE Day
		}
		return LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
	}

	private static LocalDate springBankHoliday(int year) {
		if (year == 2022) {
			return LocalDate.of(2022, 6, 2); // moved for the Platinum Jubilee
		}
		return lastMonday(year, Month.MAY);
	}

	private static LocalDate lastMonday(int year, Month month) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
	}

	private static void addWithSubstitute(Set<LocalDate> days, LocalDate date) {
		LocalDate day = date;
		while (isWeekend(day) || days.contains(day)) {
			day = day.plusDays(1);
		}
		days.add(day);
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** Western Easter Sunday (anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
