package uk.org.safeguard.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguard.assessment.Assessments;
import uk.org.safeguard.support.ModelBean;
import uk.org.safeguard.support.TypedVariables;

import static uk.org.safeguard.referral.ChildReferralProcess.*;

/**
 * What a MASH decision starts besides a strategy discussion, used by the model as
 * {@code ${referralLinks.startAssessment(execution)}}.
 */
@ModelBean
@Component("referralLinks")
public class ReferralLinks {

	/**
	 * SECTION_17 and STRATEGY_DISCUSSION start a child and family assessment whose 45
	 * working days count from when the referral reached the MASH (SPEC section 8).
	 */
	public void startAssessment(DelegateExecution execution) {
		new Assessments(TypedVariables.string(execution, CHILD_ID), TypedVariables.string(execution, CHILD_NAME),
				TypedVariables.string(execution, CHILD_DATE_OF_BIRTH), TypedVariables.date(execution, SENT_TO_MASH_AT))
			.start(execution);
	}

}
