package uk.org.safeguard.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.org.safeguard.calendar.WorkingDays;

/**
 * Camunda Forms in the Tasklist submit date-time fields as ISO-8601 text; REST clients
 * send Camunda Dates. Before rules are checked, text in a variable that must be a point
 * in time is turned into a Date (times without an offset are London time), so both
 * clients store the same type.
 */
final class DateInputs {

	private DateInputs() {
	}

	static void coerce(VariableScope scope, Collection<String> names) {
		for (String name : names) {
			if (scope.getVariable(name) instanceof String text && !text.isBlank()) {
				Date date = parse(text.trim());
				if (date != null) {
					scope.setVariable(name, date);
				}
			}
		}
	}

	static Date parse(String text) {
		try {
			return Date.from(OffsetDateTime.parse(text).toInstant());
		}
		catch (DateTimeParseException notOffset) {
			// try the next form
		}
		try {
			return Date.from(Instant.parse(text));
		}
		catch (DateTimeParseException notInstant) {
			// try the next form
		}
		try {
			return Date.from(LocalDateTime.parse(text).atZone(WorkingDays.ZONE).toInstant());
		}
		catch (DateTimeParseException notLocal) {
			// try the next form
		}
		try {
			return Date.from(LocalDate.parse(text).atStartOfDay(WorkingDays.ZONE).toInstant());
		}
		catch (DateTimeParseException notDate) {
			return null;
		}
	}

}
