package uk.org.safeguard.escalation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.escalation.*}.
 *
 * @param respondWithin how long a manager has to act on an escalation before it goes to
 * the next level (SPEC section 8: P1D unless configured)
 */
@ConfigurationProperties("safeguard.timescales.escalation")
public record EscalationTimescales(Duration respondWithin) {

	/** The defaults of {@code application.yml}. */
	public static EscalationTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(EscalationTimescales.class);
	}

}
