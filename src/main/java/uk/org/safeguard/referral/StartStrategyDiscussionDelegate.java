package uk.org.safeguard.referral;

import uk.org.safeguard.strategy.StrategyDiscussionProcess;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguard.linking.ProcessLinks;

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
		Map<String, Object> variables = new HashMap<>();
		for (String name : new String[] { CHILD_ID, CHILD_NAME, CHILD_DATE_OF_BIRTH, CONCERN_TYPE, CONCERN_SUMMARY,
				HOUSEHOLD_ID, REFERRING_OFFICER }) {
			variables.put(name, execution.getVariable(name));
		}
		variables.put("urgency", Boolean.TRUE.equals(execution.getVariable(IMMEDIATE_RISK)) ? "IMMEDIATE" : "STANDARD");
		ProcessLinks.start(execution, StrategyDiscussionProcess.KEY, null, variables);
	}

}
