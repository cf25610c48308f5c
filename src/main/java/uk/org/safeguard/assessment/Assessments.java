package uk.org.safeguard.assessment;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess.*;

/**
 * The typed start contract of {@code ChildAndFamilyAssessmentProcess}, started by the
 * MASH decision on a referral (SECTION_17 or STRATEGY_DISCUSSION).
 *
 * @param childId the child
 * @param childName the child's name
 * @param childDateOfBirth {@code yyyy-MM-dd}
 * @param referralReceivedAt when the referral reached children's social care (the
 * referral's {@code sentToMashAt}): the 45 working days count from here
 */
public record Assessments(String childId, String childName, String childDateOfBirth, Date referralReceivedAt) {

	public ProcessInstance start(DelegateExecution parent) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CHILD_ID, childId);
		variables.put(CHILD_NAME, childName);
		variables.put(CHILD_DATE_OF_BIRTH, childDateOfBirth);
		variables.put(REFERRAL_RECEIVED_AT, referralReceivedAt);
		return ProcessLinks.start(parent, KEY, null, variables);
	}

}
