package uk.org.safeguard.strategy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.strategy.StrategyDiscussionProcess.*;

/**
 * The typed start contract of {@code StrategyDiscussionProcess} (SPEC 4.2), started by
 * the MASH decision on a referral; it takes the referral's reference.
 *
 * @param childId the child
 * @param childName the child's name
 * @param childDateOfBirth {@code yyyy-MM-dd}
 * @param concernType the referral's concern
 * @param concernSummary the referral's summary
 * @param householdId the household, or null
 * @param referringOfficer the officer who referred, or null
 * @param immediate true when the child is at immediate risk (urgency IMMEDIATE)
 */
public record StrategyDiscussions(String childId, String childName, String childDateOfBirth, String concernType,
		String concernSummary, String householdId, String referringOfficer, boolean immediate) {

	public ProcessInstance start(DelegateExecution parent) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CHILD_ID, childId);
		variables.put(CHILD_NAME, childName);
		variables.put(CHILD_DATE_OF_BIRTH, childDateOfBirth);
		variables.put(CONCERN_TYPE, concernType);
		variables.put(CONCERN_SUMMARY, concernSummary);
		variables.put(HOUSEHOLD_ID, householdId);
		variables.put(REFERRING_OFFICER, referringOfficer);
		variables.put(URGENCY, immediate ? "IMMEDIATE" : "STANDARD");
		return ProcessLinks.start(parent, KEY, null, variables);
	}

}
