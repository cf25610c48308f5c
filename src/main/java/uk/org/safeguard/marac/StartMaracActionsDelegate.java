package uk.org.safeguard.marac;

import uk.org.safeguard.identity.SafeguardGroups;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguard.agencyaction.AgencyActions;
import uk.org.safeguard.identity.InstanceAccess;

import static uk.org.safeguard.marac.MaracCaseProcess.*;

/**
 * One {@code AgencyActionProcess} per action of the meeting's plan, escalating to the
 * MARAC coordinator. The inspection found MARAC actions kept where the investigating
 * officer could not see them: the officer and the public protection hub may read every
 * action of the case, whichever agency owns it.
 */
@uk.org.safeguard.support.ModelBean
@Component("startMaracActionsDelegate")
class StartMaracActionsDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		String caseReference = "MARAC-" + execution.getVariable(HOUSEHOLD_ID);
		var authorizations = execution.getProcessEngineServices().getAuthorizationService();
		Object officer = execution.getVariable(INVESTIGATING_OFFICER);
		for (String actionId : AgencyActions.start(execution, execution.getVariable(ACTION_PLAN), caseReference,
				SafeguardGroups.MARAC_COORDINATOR)) {
			InstanceAccess.grantGroupRead(authorizations, actionId, SafeguardGroups.POLICE_PPU_HUB);
			InstanceAccess.grantGroupRead(authorizations, actionId, SafeguardGroups.MARAC_COORDINATOR);
			if (officer instanceof String user && !user.isBlank()) {
				InstanceAccess.grantUserRead(authorizations, actionId, user);
			}
		}
	}

}
