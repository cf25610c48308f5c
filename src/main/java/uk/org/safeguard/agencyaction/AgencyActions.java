package uk.org.safeguard.agencyaction;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import uk.org.safeguard.identity.SafeguardGroups;
import uk.org.safeguard.linking.ProcessLinks;
import uk.org.safeguard.support.JsonLists;
import uk.org.safeguard.validation.Violations;

/**
 * Lists of agreed actions ({@code [{agency, description, dueDate}]}) as strategy
 * discussions and MARAC meetings record them: their validation, and one
 * {@code AgencyActionProcess} per action.
 */
public final class AgencyActions {

	private AgencyActions() {
	}

	/**
	 * Each action names a Safeguard group, says what to do and when it is due (ISO-8601).
	 */
	public static void check(Violations v, String variable) {
		List<Map<String, Object>> actions = v.requireJsonList(variable);
		if (actions == null) {
			return;
		}
		for (int i = 0; i < actions.size(); i++) {
			Map<String, Object> action = actions.get(i);
			String at = variable + "[" + i + "].";
			v.check(SafeguardGroups.CASEWORK.contains(JsonLists.text(action, AgencyActionProcess.AGENCY)),
					at + "agency must be a Safeguard group id");
			String description = JsonLists.text(action, "description");
			v.check(description != null && !description.isBlank(), at + "description is required");
			v.check(isInstant(JsonLists.text(action, "dueDate")), at + "dueDate is required as an ISO-8601 time");
		}
	}

	/**
	 * The Tasklist's date picker in a repeating row sends a date without a time
	 * ({@code 2026-12-18}): such an action is due at the end of that working day, 17:00
	 * in London. The stored list is rewritten with full ISO-8601 times (SPEC section 2),
	 * so everything downstream reads one shape.
	 */
	public static void normalizeDueDates(org.camunda.bpm.engine.delegate.VariableScope scope, String variable) {
		List<Map<String, Object>> actions = JsonLists.read(scope.getVariable(variable));
		if (actions == null) {
			return;
		}
		boolean changed = false;
		for (Map<String, Object> action : actions) {
			String due = JsonLists.text(action, "dueDate");
			if (due != null && due.matches("\\d{4}-\\d{2}-\\d{2}")) {
				action.put("dueDate",
						java.time.LocalDate.parse(due)
							.atTime(END_OF_WORKING_DAY)
							.atZone(uk.org.safeguard.calendar.WorkingDays.ZONE)
							.toInstant()
							.toString());
				changed = true;
			}
		}
		if (changed) {
			scope.setVariable(variable,
					org.camunda.spin.plugin.variable.SpinValues.jsonValue(JsonLists.write(actions)).create());
		}
	}

	/** When an action given only a day is due. */
	static final java.time.LocalTime END_OF_WORKING_DAY = java.time.LocalTime.of(17, 0);

	/** Starts one action process per action; returns their process instance ids. */
	public static List<String> start(DelegateExecution execution, Object actionList, String caseReference,
			String escalationGroup) {
		List<String> ids = new ArrayList<>();
		List<Map<String, Object>> actions = JsonLists.read(actionList);
		for (Map<String, Object> action : actions == null ? List.<Map<String, Object>>of() : actions) {
			ids.add(ProcessLinks.start(execution, AgencyActionProcess.KEY, caseReference,
					Map.of(AgencyActionProcess.AGENCY, JsonLists.text(action, AgencyActionProcess.AGENCY),
							AgencyActionProcess.ACTION_DESCRIPTION, JsonLists.text(action, "description"),
							AgencyActionProcess.ACTION_DUE_DATE,
							Date.from(Instant.parse(JsonLists.text(action, "dueDate"))),
							AgencyActionProcess.ESCALATION_GROUP, escalationGroup, AgencyActionProcess.CASE_REFERENCE,
							caseReference))
				.getId());
		}
		return ids;
	}

	private static boolean isInstant(String text) {
		try {
			Instant.parse(text);
			return true;
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return false;
		}
	}

}
