package uk.org.safeguard.childprotection;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.childprotection.ChildProtectionPlanProcess.*;

/**
 * The typed start contract of {@code ChildProtectionPlanProcess}, started by the initial
 * conference that decides a plan.
 *
 * @param childId the child
 * @param childName the child's name
 * @param childDateOfBirth {@code yyyy-MM-dd}
 * @param conferenceHeldAt when the initial conference was held: the plan's clocks start
 * here
 * @param planCategory NEGLECT, PHYSICAL_ABUSE, SEXUAL_ABUSE or EMOTIONAL_ABUSE
 */
public record ChildProtectionPlans(String childId, String childName, String childDateOfBirth, Date conferenceHeldAt,
		String planCategory) {

	public ProcessInstance start(DelegateExecution parent) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CHILD_ID, childId);
		variables.put(CHILD_NAME, childName);
		variables.put(CHILD_DATE_OF_BIRTH, childDateOfBirth);
		variables.put(CONFERENCE_HELD_AT, conferenceHeldAt);
		variables.put(PLAN_CATEGORY, planCategory);
		return ProcessLinks.start(parent, KEY, null, variables);
	}

}
