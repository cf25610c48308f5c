package uk.org.safeguard.validation;

import uk.org.safeguard.support.JsonLists;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.org.safeguard.calendar.WorkingDays;

/** Collects every problem with a set of variables, so one answer names all of them. */
public final class Violations {

	private final VariableScope variables;

	private final List<String> problems = new ArrayList<>();

	public Violations(VariableScope variables) {
		this.variables = variables;
	}

	public Violations requireText(String name) {
		Object value = variables.getVariable(name);
		if (!(value instanceof String text) || text.isBlank()) {
			problems.add(name + " is required");
		}
		return this;
	}

	public Violations requireOneOf(String name, Collection<String> allowed) {
		Object value = variables.getVariable(name);
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(name + " is required (one of " + String.join(", ", allowed) + ")");
		}
		else if (!allowed.contains(value.toString())) {
			problems.add(name + " must be one of " + String.join(", ", allowed) + " but was '" + value + "'");
		}
		return this;
	}

	public <E extends Enum<E>> Violations requireEnum(String name, Class<E> type) {
		return requireOneOf(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

	public Violations requireDate(String name) {
		if (!(variables.getVariable(name) instanceof Date)) {
			problems.add(name + " is required as a date");
		}
		return this;
	}

	public Violations requireBoolean(String name) {
		if (!(variables.getVariable(name) instanceof Boolean)) {
			problems.add(name + " is required (true or false)");
		}
		return this;
	}

	/** A date of birth ({@code yyyy-MM-dd}) of a person under 18 today. */
	public Violations requireChildDateOfBirth(String name) {
		String problem = childDateOfBirthProblem(variables.getVariable(name));
		if (problem != null) {
			problems.add(name + " " + problem);
		}
		return this;
	}

	/** Why a value is not the date of birth of a child today, or null when it is. */
	public static String childDateOfBirthProblem(Object value) {
		try {
			LocalDate born = LocalDate.parse(String.valueOf(value));
			LocalDate today = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
				.toInstant()
				.atZone(WorkingDays.ZONE)
				.toLocalDate();
			if (born.isAfter(today)) {
				return "must not be in the future";
			}
			if (Period.between(born, today).getYears() >= 18) {
				return "makes the subject 18 or older; a child is required";
			}
			return null;
		}
		catch (DateTimeParseException ex) {
			return "is required as yyyy-MM-dd";
		}
	}

	/**
	 * At least one of two text variables, e.g. the child's words or why the child was not
	 * spoken to.
	 */
	public Violations requireEither(String first, String second) {
		if (isBlank(variables.getVariable(first)) && isBlank(variables.getVariable(second))) {
			problems.add(first + " or " + second + " is required");
		}
		return this;
	}

	/**
	 * A JSON list of objects (Spin JSON or JSON text); returns it for item checks, or
	 * null.
	 */
	public java.util.List<java.util.Map<String, Object>> requireJsonList(String name) {
		java.util.List<java.util.Map<String, Object>> list = JsonLists.read(variables.getVariable(name));
		if (list == null) {
			problems.add(name + " is required as a JSON list");
		}
		return list;
	}

	public Violations requireNotInFuture(String name) {
		if (variables.getVariable(name) instanceof Date date
				&& date.after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())) {
			problems.add(name + " must not be in the future");
		}
		return this;
	}

	private static boolean isBlank(Object value) {
		return !(value instanceof String text) || text.isBlank();
	}

	public Violations check(boolean condition, String problem) {
		if (!condition) {
			problems.add(problem);
		}
		return this;
	}

	/**
	 * The engine's services, for rules that must look at other cases (e.g. one open case
	 * per household).
	 */
	public org.camunda.bpm.engine.ProcessEngineServices engine() {
		if (variables instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution) {
			return execution.getProcessEngineServices();
		}
		if (variables instanceof org.camunda.bpm.engine.delegate.DelegateTask task) {
			return task.getProcessEngineServices();
		}
		throw new IllegalStateException("No engine behind " + variables);
	}

	public Object value(String name) {
		return variables.getVariable(name);
	}

	public void throwIfAny() {
		throwIfAny(java.util.Map.of());
	}

	/**
	 * @param labels form labels by variable name, so a person reads the field's name as
	 * the form shows it
	 */
	public void throwIfAny(java.util.Map<String, String> labels) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems, labels);
		}
	}

}
