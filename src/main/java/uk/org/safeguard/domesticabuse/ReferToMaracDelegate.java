package uk.org.safeguard.domesticabuse;

import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import uk.org.safeguard.marac.MaracCaseProcess;
import uk.org.safeguard.marac.MaracCases;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;

/**
 * Refers the household to MARAC: a new {@code MaracCaseProcess}, or
 * {@code MaracNewIncident} to the case already open for the household (one open case per
 * household).
 */
@uk.org.safeguard.support.ModelBean
@Component("referToMaracDelegate")
class ReferToMaracDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		String household = TypedVariables.string(execution, HOUSEHOLD_ID);
		// The engine acts here, not the officer: whichever agency opened the household's
		// MARAC case, and
		// whatever the officer may read, a new incident goes to that one open case (SPEC
		// section 7).
		boolean listed = org.camunda.bpm.engine.impl.context.Context.getCommandContext().runWithoutAuthorization(() -> {
			boolean open = runtime.createProcessInstanceQuery()
				.processDefinitionKey(MaracCaseProcess.KEY)
				.variableValueEquals(HOUSEHOLD_ID, household)
				.active()
				.count() > 0;
			if (open) {
				runtime.createMessageCorrelation(MaracCaseProcess.MESSAGE_NEW_INCIDENT)
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
		// The meeting's 28 days count from the referral, made now, not from the incident
		// (SPEC section 8); the officer who recorded the incident follows the case.
		Object officer = execution.getVariable(MaracCaseProcess.INVESTIGATING_OFFICER);
		if (officer == null) {
			officer = execution.getVariable(INITIATOR);
		}
		new MaracCases(household, TypedVariables.string(execution, VICTIM_NAME),
				TypedVariables.string(execution, MARAC_REFERRAL_REASON), "POLICE",
				org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime(), execution.getVariable(CHILDREN),
				officer == null ? null : officer.toString())
			.start(execution);
	}

}
