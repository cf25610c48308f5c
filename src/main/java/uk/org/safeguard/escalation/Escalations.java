package uk.org.safeguard.escalation;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.support.ModelBean;

/**
 * The deadline of an escalation task, used in models as
 * {@code camunda:dueDate="${escalations.dueAt()}"} and as the time of the timer that
 * escalates it on to the next level.
 */
@ModelBean
@Component("escalations")
public class Escalations {

	private final EscalationTimescales timescales;

	public Escalations(EscalationTimescales timescales) {
		this.timescales = timescales;
	}

	/** Now (the engine clock) plus the time a manager has to act on an escalation. */
	public Date dueAt() {
		return new Date(ClockUtil.getCurrentTime().getTime() + timescales.respondWithin().toMillis());
	}

}
