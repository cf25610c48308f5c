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
