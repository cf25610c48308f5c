package uk.org.safeguard.record;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import uk.org.safeguard.calendar.WorkingDays;

/**
 * How the record shows dates and deadlines to a reader: UK dates in London time, words
 * not codes.
 */
final class RecordFormat {

	private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	static final Map<String, String> DEADLINES = Map.of("MET", "met", "MISSED", "missed", "OVERDUE", "overdue (open)",
			"OPEN", "open, in time", "NONE", "no deadline");

	private RecordFormat() {
	}

	static String dateTime(Date date) {
		return date == null ? "" : UK.format(date.toInstant().atZone(WorkingDays.ZONE));
	}

	static String deadline(String code) {
		return DEADLINES.getOrDefault(code, code);
	}

	static String state(String state) {
		return switch (state == null ? "" : state) {
			case "ACTIVE" -> "open";
			case "COMPLETED" -> "closed";
			case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "ended early";
			case "SUSPENDED" -> "suspended";
			default -> state == null ? "" : state.toLowerCase(java.util.Locale.ROOT);
		};
	}

}
