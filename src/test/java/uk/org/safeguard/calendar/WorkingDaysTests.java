package uk.org.safeguard.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTests {

	private final WorkingDays workingDays = new WorkingDays(List.of());

	@ParameterizedTest(name = "{1} WD after {0} is {2}")
	@CsvSource({
			// Christmas 2026: Friday 25th, Boxing Day Saturday -> substitute Monday 28th
			"2026-12-24T10:00, 1, 2026-12-29T10:00",
			// New Year 2027 on a Friday
			"2026-12-31T16:30, 1, 2027-01-04T16:30",
			// Christmas 2027 on a Saturday: Monday 27th and Tuesday 28th are substitutes
			"2027-12-24T09:00, 1, 2027-12-29T09:00",
			// Christmas 2022 on a Sunday: Boxing Day Monday, substitute Tuesday 27th; New
			// Year Monday 2 Jan
			"2022-12-23T12:00, 2, 2022-12-29T12:00",
			// New Year 2023 on a Sunday: substitute Monday 2 January
			"2022-12-30T12:00, 1, 2023-01-03T12:00",
			// Easter 2027 (Good Friday 26 March, Easter Monday 29 March), across the
			// change to summer time
			"2027-03-25T10:00, 1, 2027-03-30T10:00",
			// Easter 2026
			"2026-04-02T15:00, 1, 2026-04-07T15:00",
			// Platinum Jubilee: Thursday 2 and Friday 3 June 2022
			"2022-06-01T11:00, 1, 2022-06-06T11:00",
			// Weekend: Friday to Monday
			"2026-11-27T10:00, 1, 2026-11-30T10:00",
			// The initial child protection conference: 15 WD over Christmas 2026
			"2026-12-14T10:00, 15, 2027-01-07T10:00",
			// A start on a Saturday counts from the following Monday
			"2026-11-28T10:00, 1, 2026-11-30T10:00" })
	void shouldCountWorkingDaysAtTheSameClockTime(String start, int n, String expected) {
		Date due = workingDays.after(at(start), n);

		assertThat(due).isEqualTo(at(expected));
	}

	@Test
	void shouldSkipConfiguredExtraNonWorkingDays() {
		WorkingDays withClosure = new WorkingDays(List.of(LocalDate.of(2026, 12, 29)));

		assertThat(withClosure.after(at("2026-12-24T10:00"), 1)).isEqualTo(at("2026-12-30T10:00"));
		assertThat(withClosure.isWorkingDay(LocalDate.of(2026, 12, 29))).isFalse();
	}

	@Test
	void shouldGiveATimeOnTheNextWorkingDay() {
		assertThat(workingDays.nextWorkingDayAt(at("2026-12-24T22:15"), "09:00")).isEqualTo(at("2026-12-29T09:00"));
	}

	@Test
	void shouldRefuseNegativeCounts() {
		assertThatThrownBy(() -> workingDays.after(new Date(), -1)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Date at(String londonTime) {
		return Date.from(LocalDateTime.parse(londonTime).atZone(WorkingDays.ZONE).toInstant());
	}

}
