package uk.org.safeguard.investigation;

import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import static uk.org.safeguard.investigation.InvestigationProcess.*;

/**
 * Sets {@code allocationDueAt}: PT24H after recording in Safeguard for HIGH risk, else
 * P3D (configurable).
 */
@uk.org.safeguard.support.ModelBean
@Component("calculateInvestigationDeadlinesDelegate")
class CalculateInvestigationDeadlinesDelegate implements JavaDelegate {

	private final InvestigationTimescales timescales;

	public CalculateInvestigationDeadlinesDelegate(InvestigationTimescales timescales) {
		this.timescales = timescales;
	}

	@Override
	public void execute(DelegateExecution execution) {
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "CR", CRIME_REFERENCE);
		Date now = ClockUtil.getCurrentTime();
		String risk = TypedVariables.string(execution, RISK_LEVEL);
		execution.setVariable(ALLOCATION_DUE_AT, Date.from(now.toInstant().plus(timescales.allocationFor(risk))));
		execution.setVariable(CHILD_REFERRAL_DUE_AT,
				Date.from(now.toInstant().plus(timescales.childReferralConfirmation())));
	}

}
