package uk.org.safeguard.marac;

import uk.org.safeguard.support.TypedVariables;
import uk.org.safeguard.identity.SafeguardGroups;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.identity.InstanceAccess;

import static uk.org.safeguard.marac.MaracCaseProcess.*;

/**
 * Opens the case: its deadlines (listing and victim contact P2D, the 12-month flag), the
 * agencies that research it, and read access for the public protection hub and the
 * investigating officer.
 */
@uk.org.safeguard.support.ModelBean
@Component("openMaracCaseDelegate")
class OpenMaracCaseDelegate implements JavaDelegate {

	private final MaracTimescales timescales;

	public OpenMaracCaseDelegate(MaracTimescales timescales) {
		this.timescales = timescales;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		if (!(execution.getVariable(REFERRED_AT) instanceof Date)) {
			execution.setVariable(REFERRED_AT, now);
		}
		execution.setVariable(LISTING_DUE_AT, Date.from(now.toInstant().plus(timescales.listing())));
		execution.setVariable(CONTACT_DUE_AT, Date.from(now.toInstant().plus(timescales.victimContact())));
		ZonedDateTime referred = (TypedVariables.date(execution, REFERRED_AT)).toInstant().atZone(WorkingDays.ZONE);
		execution.setVariable(FLAG_ENDS_AT, Date.from(referred.plusMonths(12).toInstant()));
		var authorizations = execution.getProcessEngineServices().getAuthorizationService();
		InstanceAccess.grantGroupRead(authorizations, execution.getProcessInstanceId(), SafeguardGroups.POLICE_PPU_HUB);
		if (execution.getVariable(INVESTIGATING_OFFICER) instanceof String officer && !officer.isBlank()) {
			InstanceAccess.grantUserRead(authorizations, execution.getProcessInstanceId(), officer);
		}
	}

}
