package uk.org.safeguard.marac;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.support.ModelBean;

import static uk.org.safeguard.marac.MaracCaseProcess.*;

/**
 * Which meeting discusses a new incident on an open case (SPEC section 8), used by the
 * model as {@code ${maracMeetings.…(execution)}}.
 */
@ModelBean
@Component("maracMeetings")
public class MaracMeetings {

	private final MaracTimescales timescales;

	public MaracMeetings(MaracTimescales timescales) {
		this.timescales = timescales;
	}

	/**
	 * True while the case's own meeting is still to come (or not yet set): the new
	 * incident is discussed there; otherwise it must be listed for the next meeting.
	 */
	public boolean meetingAhead(DelegateExecution execution) {
		return !(execution.getVariable(MEETING_DATE) instanceof Date meeting)
				|| meeting.after(ClockUtil.getCurrentTime());
	}

	/** The coordinator lists the new incident as promptly as a new case. */
	public void planListing(DelegateExecution execution) {
		execution.setVariable(NEW_INCIDENT_LISTING_DUE_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.listing())));
	}

}
