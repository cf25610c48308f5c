package uk.org.safeguard.referral;

import uk.org.safeguard.support.TypedVariables;
import uk.org.safeguard.strategy.StrategyDiscussions;
import uk.org.safeguard.strategy.StrategyDiscussionProcess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static uk.org.safeguard.referral.ChildReferralProcess.*;

/**
 * MASH decision STRATEGY_DISCUSSION: starts {@code StrategyDiscussionProcess} for the
 * child.
 */
@uk.org.safeguard.support.ModelBean
@Component("startStrategyDiscussionDelegate")
class StartStrategyDiscussionDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		new StrategyDiscussions(TypedVariables.string(execution, CHILD_ID),
				TypedVariables.string(execution, CHILD_NAME), TypedVariables.string(execution, CHILD_DATE_OF_BIRTH),
				TypedVariables.string(execution, CONCERN_TYPE), TypedVariables.string(execution, CONCERN_SUMMARY),
				TypedVariables.string(execution, HOUSEHOLD_ID), TypedVariables.string(execution, REFERRING_OFFICER),
				Boolean.TRUE.equals(execution.getVariable(IMMEDIATE_RISK)))
			.start(execution);
	}

}
