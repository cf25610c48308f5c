package uk.org.safeguard.support;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables, instead of a cast at every use:
 * {@code date(execution,
 * RECORDED_AT)}. A variable of another type is a modelling error and fails with its name.
 */
public final class TypedVariables {

	private TypedVariables() {
	}

	public static String string(VariableScope scope, String name) {
		return get(scope, name, String.class);
	}

	public static Date date(VariableScope scope, String name) {
		return get(scope, name, Date.class);
	}

	public static Integer integer(VariableScope scope, String name) {
		return get(scope, name, Integer.class);
	}

	public static Boolean bool(VariableScope scope, String name) {
		return get(scope, name, Boolean.class);
	}

	private static <T> T get(VariableScope scope, String name, Class<T> type) {
		Object value = scope.getVariable(name);
		if (value != null && !type.isInstance(value)) {
			throw new IllegalStateException("Variable " + name + " is a " + value.getClass().getSimpleName()
					+ ", not a " + type.getSimpleName());
		}
		return type.cast(value);
	}

}
