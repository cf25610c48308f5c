package uk.org.safeguard.support;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A case started from the Tasklist's start form has no business key; people still need a
 * reference to quote, and messages (e.g. {@code ChildFound}) are correlated by it. The
 * case's own natural key is used when the form had one, otherwise a reference such as
 * {@code MISS-20261128-1A2B3C} is made.
 */
public final class BusinessKeys {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd")
		.withZone(ZoneId.of("Europe/London"));

	private BusinessKeys() {
	}

	/**
	 * @param naturalKeyVariable the variable holding the case's natural key, or null
	 */
	public static void ensure(DelegateExecution execution, String prefix, String naturalKeyVariable) {
		String key = execution.getProcessBusinessKey();
		if (key != null && !key.isBlank()) {
			return;
		}
		Object natural = naturalKeyVariable != null ? execution.getVariable(naturalKeyVariable) : null;
		execution.setProcessBusinessKey(natural instanceof String text && !text.isBlank() ? text
				: prefix + "-" + DAY.format(ClockUtil.getCurrentTime().toInstant()) + "-"
						+ execution.getProcessInstanceId().replace("-", "").substring(0, 6).toUpperCase());
	}

}
