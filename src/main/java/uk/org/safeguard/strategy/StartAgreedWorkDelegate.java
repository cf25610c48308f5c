package uk.org.safeguard.strategy;

import uk.org.safeguard.agencyaction.AgencyActionProcess;
import uk.org.safeguard.support.TypedVariables;
import uk.org.safeguard.section47.Section47Enquiries;
import uk.org.safeguard.investigation.Investigations;
import uk.org.safeguard.identity.SafeguardGroups;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.agencyaction.AgencyActions;

import static uk.org.safeguard.strategy.StrategyDiscussionProcess.*;

/**
 * Turns the recorded decisions into work: one {@code AgencyActionProcess} per agreed
 * action, a {@code Section47EnquiryProcess} for a SECTION_47_* outcome, and an
 * {@code InvestigationProcess} when a police investigation is required. Police actions
 * also need a DS sign-off.
 */
@uk.org.safeguard.support.ModelBean
@Component("startAgreedWorkDelegate")
class StartAgreedWorkDelegate implements JavaDelegate {

	/** Agreed actions escalate to the manager who convened the discussion. */
	static final String ACTION_ESCALATION_GROUP = SafeguardGroups.CSC_TEAM_MANAGER;

	private final StrategyTimescales timescales;

	private final StrategyInvestigations investigations;

	public StartAgreedWorkDelegate(StrategyTimescales timescales, StrategyInvestigations investigations) {
		this.timescales = timescales;
		this.investigations = investigations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseReference = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
				: execution.getProcessInstanceId();
		List<String> actionIds = AgencyActions.start(execution, execution.getVariable(AGREED_ACTIONS), caseReference,
				ACTION_ESCALATION_GROUP);
		var runtime = execution.getProcessEngineServices().getRuntimeService();
		boolean policeActions = actionIds.stream()
			.anyMatch(id -> String.valueOf(runtime.getVariable(id, AgencyActionProcess.AGENCY)).startsWith("police-"));
		execution.setVariable(HAS_POLICE_ACTIONS, policeActions);
		execution.setVariable(SIGN_OFF_DUE_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.policeActionsSignOff())));

		String outcome = TypedVariables.string(execution, STRATEGY_OUTCOME);
		Date heldAt = TypedVariables.date(execution, DISCUSSION_HELD_AT);
		if (outcome.startsWith("SECTION_47_")) {
			new Section47Enquiries(TypedVariables.string(execution, CHILD_ID),
					TypedVariables.string(execution, CHILD_NAME), TypedVariables.string(execution, CHILD_DATE_OF_BIRTH),
					heldAt, "SECTION_47_JOINT".equals(outcome))
				.start(execution, caseReference);
		}
		if (Boolean.TRUE.equals(execution.getVariable(POLICE_INVESTIGATION_REQUIRED))) {
			Object crime = execution.getVariable(CRIME_REFERENCE);
			String crimeReference = crime != null && !crime.toString().isBlank() ? crime.toString()
					: "SD-" + caseReference;
			Object concern = execution.getVariable(CONCERN_TYPE);
			Investigations
				.of(crimeReference, concern != null ? concern.toString() : "CHILD_PROTECTION", investigations.team(),
						"IMMEDIATE".equals(execution.getVariable(URGENCY)) ? investigations.riskWhenImmediate()
								: investigations.riskOtherwise(),
						heldAt)
				.withChildVictim(TypedVariables.string(execution, CHILD_ID),
						TypedVariables.string(execution, CHILD_NAME))
				.start(execution);
		}
	}

}
