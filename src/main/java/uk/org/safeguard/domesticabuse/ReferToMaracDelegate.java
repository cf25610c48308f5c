package uk.org.safeguard.domesticabuse;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;

/**
 * Refers the household to MARAC: a new {@code MaracCaseProcess}, or
 * {@code MaracNewIncident} to the case already open for the household (one open case per
 * household).
 */
@uk.org.safeguard.support.ModelBean
@Component("referToMaracDelegate")
public class ReferToMaracDelegate implements JavaDelegate {

	public static final String MESSAGE_NEW_INCIDENT = "MaracNewIncident";

	@Override
	public void execute(DelegateExecution execution) {
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		String household = (String) execution.getVariable(HOUSEHOLD_ID);
		// The engine acts here, not the officer: whichever agency opened the household's
		// MARAC case, and
		// whatever the officer may read, a new incident goes to that one open case (SPEC
		// section 7).
		boolean listed = org.camunda.bpm.engine.impl.context.Context.getCommandContext().runWithoutAuthorization(() -> {
			boolean open = runtime.createProcessInstanceQuery()
				.processDefinitionKey(HouseholdHistory.MARAC_KEY)
				.variableValueEquals(HOUSEHOLD_ID, household)
				.active()
				.count() > 0;
			if (open) {
				runtime.createMessageCorrelation(MESSAGE_NEW_INCIDENT)
					.processInstanceVariableEquals(HOUSEHOLD_ID, household)
					.setVariable("latestIncidentReference", execution.getProcessBusinessKey())
					.setVariable("latestIncidentAt", execution.getVariable(INCIDENT_AT))
					.correlateAll();
			}
			return open;
		});
		if (listed) {
			return;
		}
		Map<String, Object> maracCase = new HashMap<>();
		maracCase.put(HOUSEHOLD_ID, household);
		maracCase.put(VICTIM_NAME, execution.getVariable(VICTIM_NAME));
		maracCase.put(MARAC_REFERRAL_REASON, execution.getVariable(MARAC_REFERRAL_REASON));
		maracCase.put("referringAgency", "POLICE");
		maracCase.put(HouseholdHistory.MARAC_REFERRED_AT, execution.getVariable(INCIDENT_AT));
		maracCase.put(CHILDREN, execution.getVariable(CHILDREN));
		ProcessLinks.start(execution, HouseholdHistory.MARAC_KEY, household, maracCase);
	}

}
