package uk.org.safeguard.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.support.ModelBean;
import uk.org.safeguard.support.TypedVariables;

import static uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess.*;

/**
 * The assessment's statutory clock, {@code ${assessmentDeadlines.start(execution)}}: 45
 * working days after the referral reached children's social care.
 */
@ModelBean
@Component("assessmentDeadlines")
public class AssessmentDeadlines {

	private final WorkingDays workingDays;

	public AssessmentDeadlines(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	public void start(DelegateExecution execution) {
		execution.setVariable(ASSESSMENT_DUE_AT,
				workingDays.after(TypedVariables.date(execution, REFERRAL_RECEIVED_AT), STATUTORY_WORKING_DAYS));
	}

}
