package uk.org.safeguard.investigation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Investigation timescales that are not rank thresholds (those are in the DMN table
 * {@code SupervisionRankDecision}): {@code safeguard.timescales.investigation.*},
 * ISO-8601.
 *
 * @param allocationHighRisk time to allocate a HIGH risk investigation
 * @param allocationOther time to allocate any other investigation
 * @param reviewInterval time between periodic supervisory reviews within a rank
 * @param childReferralConfirmation the hub confirms a child victim was referred to
 * children\'s social care (SPEC section 8)
 */
@ConfigurationProperties("safeguard.timescales.investigation")
public record InvestigationTimescales(Duration allocationHighRisk, Duration allocationOther, Duration reviewInterval,
		Duration childReferralConfirmation) {

	/** The defaults of {@code application.yml}. */
	public static InvestigationTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(InvestigationTimescales.class);
	}

	public Duration allocationFor(String riskLevel) {
		return "HIGH".equals(riskLevel) ? allocationHighRisk : allocationOther;
	}

}
