package uk.org.safeguard.validation;

/**
 * The input rules of one process: what a start and each task completion must carry. One
 * implementation per process, beside its variables class; {@link InputValidationPlugin}
 * applies them to every start and completion, whichever client (Tasklist, REST, another
 * process) makes it.
 */
public interface InputRules {

	String processKey();

	/**
	 * Variables that are points in time: ISO-8601 text from a form is stored as a Date
	 * before checking.
	 */
	default java.util.Set<String> dateVariables() {
		return java.util.Set.of();
	}

	/**
	 * Variables that are lists (SPEC section 2): wherever they are given, they must be
	 * JSON lists of objects.
	 */
	default java.util.Set<String> jsonListVariables() {
		return java.util.Set.of();
	}

	/**
	 * Brings what a form sent into the stored shape before the checks (e.g. a due day
	 * from a date picker to a full ISO-8601 time) when a task with this key completes.
	 */
	default void normalize(String taskKey, org.camunda.bpm.engine.delegate.VariableScope variables) {
	}

	/** Check the variables a new instance starts with. */
	default void checkStart(Violations violations) {
	}

	/** Check the variables present when the task with this definition key completes. */
	default void checkCompletion(String taskKey, Violations violations) {
	}

}
