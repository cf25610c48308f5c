package uk.org.safeguard.domesticabuse;

import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;

/**
 * Counts the household's incidents and MARAC referrals in the 12 months before this
 * incident.
 */
@uk.org.safeguard.support.ModelBean
@Component("assessCumulativeRiskDelegate")
class AssessCumulativeRiskDelegate implements JavaDelegate {

	private final DomesticAbuseTimescales timescales;

	public AssessCumulativeRiskDelegate(DomesticAbuseTimescales timescales) {
		this.timescales = timescales;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// Recorded from the Tasklist's start form: the incident still gets a reference.
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "DA", null);
		var history = execution.getProcessEngineServices().getHistoryService();
		String household = TypedVariables.string(execution, HOUSEHOLD_ID);
		Date incidentAt = TypedVariables.date(execution, INCIDENT_AT);
		execution.setVariable(INCIDENTS_LAST_12_MONTHS, HouseholdHistory.incidentsInLast12Months(history, household,
				incidentAt, execution.getProcessInstanceId()));
		execution.setVariable(MARAC_REFERRAL_IN_LAST_12_MONTHS,
				HouseholdHistory.maracReferralInLast12Months(history, household, incidentAt));
		execution.setVariable(RISK_REVIEW_DUE_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.riskReview())));
	}

}
