package uk.org.safeguard.strategy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguard.timescales.strategy.*}: convening an IMMEDIATE discussion (a STANDARD
 * one is due one working day after the decision to hold it), and the DS sign-off of
 * police actions.
 */
@ConfigurationProperties("safeguard.timescales.strategy")
public record StrategyTimescales(@DefaultValue("PT4H") Duration immediate,
		@DefaultValue("P1D") Duration policeActionsSignOff) {

	public static StrategyTimescales defaults() {
		return new StrategyTimescales(Duration.ofHours(4), Duration.ofDays(1));
	}

}
