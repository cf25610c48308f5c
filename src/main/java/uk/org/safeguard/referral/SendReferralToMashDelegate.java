package uk.org.safeguard.referral;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;

import static uk.org.safeguard.referral.ChildReferralProcess.*;

/**
 * Sends the approved referral to the MASH: {@code sentToMashAt} starts the local
 * authority's clock, one working day (Working Together), or PT4H when the child is at
 * immediate risk.
 */
@uk.org.safeguard.support.ModelBean
@Component("sendReferralToMashDelegate")
class SendReferralToMashDelegate implements JavaDelegate {

	private final ChildReferralTimescales timescales;

	private final WorkingDays workingDays;

	public SendReferralToMashDelegate(ChildReferralTimescales timescales, WorkingDays workingDays) {
		this.timescales = timescales;
		this.workingDays = workingDays;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date sent = ClockUtil.getCurrentTime();
		execution.setVariable(SENT_TO_MASH_AT, sent);
		boolean immediate = Boolean.TRUE.equals(execution.getVariable(IMMEDIATE_RISK));
		execution.setVariable(MASH_DECISION_DUE_AT,
				immediate ? Date.from(sent.toInstant().plus(timescales.immediateRiskDecision()))
						: workingDays.after(sent, MASH_DECISION_WORKING_DAYS));
	}

}
