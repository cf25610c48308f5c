package uk.org.safeguard.section47;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.section47.Section47EnquiryProcess.*;

/**
 * The typed start contract of {@code Section47EnquiryProcess} (SPEC 4.3), started by the
 * strategy discussion that decided it.
 *
 * @param childId the child
 * @param childName the child's name
 * @param childDateOfBirth {@code yyyy-MM-dd}
 * @param strategyDiscussionAt when the discussion was held: the enquiry's clocks start
 * here
 * @param jointEnquiry true for a joint police and social-care enquiry
 */
public record Section47Enquiries(String childId, String childName, String childDateOfBirth, Date strategyDiscussionAt,
		boolean jointEnquiry) {

	public ProcessInstance start(DelegateExecution parent, String caseReference) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CHILD_ID, childId);
		variables.put(CHILD_NAME, childName);
		variables.put(CHILD_DATE_OF_BIRTH, childDateOfBirth);
		variables.put(STRATEGY_DISCUSSION_AT, strategyDiscussionAt);
		variables.put(JOINT_ENQUIRY, jointEnquiry);
		return ProcessLinks.start(parent, KEY, caseReference, variables);
	}

}
