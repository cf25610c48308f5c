package uk.org.safeguard.strategy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.strategy.*}: convening an IMMEDIATE discussion (a STANDARD
 * one is due one working day after the decision to hold it), and the DS sign-off of
 * police actions.
 */
@ConfigurationProperties("safeguard.timescales.strategy")
public record StrategyTimescales(Duration immediate, Duration policeActionsSignOff, Duration record) {

	/** The defaults of {@code application.yml}. */
	public static StrategyTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(StrategyTimescales.class);
	}

}
