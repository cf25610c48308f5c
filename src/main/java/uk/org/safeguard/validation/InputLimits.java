package uk.org.safeguard.validation;

import uk.org.safeguard.support.JsonLists;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The limits of SPEC section 7 that hold for every variable of every process, checked
 * with each process's own rules at every start and completion: texts at most
 * {@code maxTextLength} characters (JSON lists ten times that), business keys at most
 * 255, and points in time in a plausible range (not before 1950, not more than ten years
 * ahead). Types are limited before the engine sees them ({@code SafeValueTypes}).
 *
 * @param maxTextLength the longest String a client may store
 */
public record InputLimits(int maxTextLength) {

	public static final int MAX_BUSINESS_KEY_LENGTH = 255;

	static final Instant EARLIEST = Instant.parse("1950-01-01T00:00:00Z");

	static final Duration LATEST_AHEAD = Duration.ofDays(3653);

	public static InputLimits defaults() {
		return new InputLimits(10_000);
	}

	void check(VariableScope scope, java.util.Set<String> jsonLists, Violations violations) {
		if (scope instanceof DelegateExecution execution && execution.getProcessBusinessKey() != null) {
			violations.check(execution.getProcessBusinessKey().length() <= MAX_BUSINESS_KEY_LENGTH,
					"businessKey must be at most " + MAX_BUSINESS_KEY_LENGTH + " characters");
		}
		Instant latest = ClockUtil.getCurrentTime().toInstant().plus(LATEST_AHEAD);
		org.camunda.bpm.engine.variable.VariableMap variables = scope.getVariablesTyped(false);
		for (String name : variables.keySet()) {
			checkOne(name, variables.getValueTyped(name), latest, violations);
		}
		for (String list : jsonLists) {
			Object value = scope.getVariable(list);
			violations.check(value == null || JsonLists.read(value) != null, list + " must be a JSON list of objects");
		}
	}

	private void checkOne(String name, Object value, Instant latest, Violations violations) {
		if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
				&& !serializable.isDeserialized()) {
			String serialized = serializable.getValueSerialized();
			violations.check(serialized == null || serialized.length() <= 10 * maxTextLength,
					name + " must be at most " + 10 * maxTextLength + " characters of JSON");
			return;
		}
		Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
		if (plain instanceof String text) {
			violations.check(text.length() <= maxTextLength,
					name + " must be at most " + maxTextLength + " characters (was " + text.length() + ")");
		}
		else if (plain instanceof Date date) {
			violations.check(!date.toInstant().isBefore(EARLIEST) && !date.toInstant().isAfter(latest),
					name + " must be a date between 1950 and ten years from now");
		}
		else if (value instanceof TypedValue typed && typed.getType() != null
				&& "json".equals(typed.getType().getName()) && plain != null) {
			violations.check(plain.toString().length() <= 10 * maxTextLength,
					name + " must be at most " + 10 * maxTextLength + " characters of JSON");
		}
	}

}
