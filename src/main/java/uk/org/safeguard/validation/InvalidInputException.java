package uk.org.safeguard.validation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input to a process start or task completion. Thrown inside the engine transaction,
 * so nothing is created or changed; the REST layer answers 400 with the message, which
 * names every offending variable. It is a {@link FormFieldValidationException} so that a
 * Tasklist form submission, too, is answered 400. Where the task's form gives a field a
 * label, the message leads with the label a person reads.
 */
public class InvalidInputException extends FormFieldValidationException {

	private final List<String> violations;

	private final Map<String, String> labels;

	public InvalidInputException(List<String> violations) {
		this(violations, Map.of());
	}

	public InvalidInputException(List<String> violations, Map<String, String> labels) {
		super(List.copyOf(violations), "Invalid input: " + String.join("; ", violations));
		this.violations = List.copyOf(violations);
		this.labels = Map.copyOf(labels);
	}

	private InvalidInputException(InvalidInputException cause, String message) {
		super(cause.violations, message, cause);
		this.violations = cause.violations;
		this.labels = cause.labels;
	}

	/**
	 * The same problems, for a caller outside the engine; for a person the fields are
	 * named by their labels.
	 */
	InvalidInputException rethrown(boolean forPeople) {
		return new InvalidInputException(this, !forPeople ? getMessage() : "Please correct: "
				+ htmlEscaped(String.join("; ", violations.stream().map(v -> labelled(v, labels)).toList())));
	}

	/**
	 * The Tasklist shows this message as HTML, and a message may repeat what someone
	 * typed ("… but was '…'"): nothing in it may become markup.
	 */
	static String htmlEscaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/**
	 * "childName is required" becomes "Child's name: is required" when the form labels
	 * it.
	 */
	static String labelled(String violation, Map<String, String> labels) {
		int space = violation.indexOf(' ');
		String name = space > 0 ? violation.substring(0, space) : violation;
		String label = labels.get(name);
		// A person reads the field's label, not the variable's name.
		return label == null || label.isBlank() ? violation : label + ": " + violation.substring(name.length()).strip();
	}

	public List<String> getViolations() {
		return violations;
	}

}
