package uk.org.safeguard.strategy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.strategy.investigation.*}: the police investigation a strategy
 * discussion starts, as the force organises it.
 *
 * @param team the investigating team (one of SPEC 4.4's teams)
 * @param riskWhenImmediate the investigation's risk level when the discussion was urgent
 * @param riskOtherwise its risk level otherwise
 */
@ConfigurationProperties("safeguard.strategy.investigation")
public record StrategyInvestigations(String team, String riskWhenImmediate, String riskOtherwise) {

	/** The defaults of {@code application.yml}. */
	public static StrategyInvestigations defaults() {
		return uk.org.safeguard.support.Timescales.defaults(StrategyInvestigations.class);
	}

}
