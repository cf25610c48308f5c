package uk.org.safeguard.referral;

import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.identity.InstanceAccess;

import static uk.org.safeguard.referral.ChildReferralProcess.*;

/**
 * Records the referral: the referring officer (defaults to whoever started it), its
 * deadlines, and the officer's right to read this referral and its outcome later.
 */
@uk.org.safeguard.support.ModelBean
@Component("recordReferralDelegate")
class RecordReferralDelegate implements JavaDelegate {

	private final ChildReferralTimescales timescales;

	private final WorkingDays workingDays;

	public RecordReferralDelegate(ChildReferralTimescales timescales, WorkingDays workingDays) {
		this.timescales = timescales;
		this.workingDays = workingDays;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "REF", null);
		Object officer = execution.getVariable(REFERRING_OFFICER);
		if (officer == null || officer.toString().isBlank()) {
			officer = execution.getVariable(INITIATOR);
			execution.setVariable(REFERRING_OFFICER, officer);
		}
		execution.setVariable(RECORDED_AT, now);
		execution.setVariable(QUALITY_REVIEW_DUE_AT, Date.from(now.toInstant().plus(timescales.qualityReview())));
		Date incidentAt = TypedVariables.date(execution, INCIDENT_AT);
		execution.setVariable(SCHOOL_NOTIFICATION_DUE_AT,
				workingDays.firstWorkingDayTimeAfter(incidentAt, timescales.schoolNotificationTime()));
		if (officer != null) {
			// The referring officer can follow the referral to its outcome (SPEC 4.1),
			// whatever their groups.
			InstanceAccess.grantUserRead(execution.getProcessEngineServices().getAuthorizationService(),
					execution.getProcessInstanceId(), officer.toString());
		}
	}

}
