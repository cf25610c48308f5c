package uk.org.safeguard.validation;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Bad input to a process start or task completion. Thrown inside the engine transaction, so nothing is
 * created or changed; the REST layer answers 400 with the message, which names every offending variable.
 */
public class InvalidInputException extends ProcessEngineException {

	private final List<String> violations;

	public InvalidInputException(List<String> violations) {
		super("Invalid input: " + String.join("; ", violations));
		this.violations = List.copyOf(violations);
	}

	public List<String> getViolations() {
		return violations;
	}

}
