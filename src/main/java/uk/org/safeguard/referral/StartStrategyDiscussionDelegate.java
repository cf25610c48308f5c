package uk.org.safeguard.referral;

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
public class StartStrategyDiscussionDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		new StrategyDiscussions((String) execution.getVariable(CHILD_ID), (String) execution.getVariable(CHILD_NAME),
				(String) execution.getVariable(CHILD_DATE_OF_BIRTH), (String) execution.getVariable(CONCERN_TYPE),
				(String) execution.getVariable(CONCERN_SUMMARY), (String) execution.getVariable(HOUSEHOLD_ID),
				(String) execution.getVariable(REFERRING_OFFICER),
				Boolean.TRUE.equals(execution.getVariable(IMMEDIATE_RISK)))
			.start(execution);
	}

}
