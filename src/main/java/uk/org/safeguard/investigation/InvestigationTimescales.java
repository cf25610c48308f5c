package uk.org.safeguard.investigation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Investigation timescales that are not rank thresholds (those are in the DMN table
 * {@code SupervisionRankDecision}): {@code safeguard.timescales.investigation.*},
 * ISO-8601.
 *
 * @param allocationHighRisk time to allocate a HIGH risk investigation
 * @param allocationOther time to allocate any other investigation
 * @param reviewInterval time between periodic supervisory reviews within a rank
 */
@ConfigurationProperties("safeguard.timescales.investigation")
public record InvestigationTimescales(@DefaultValue("PT24H") Duration allocationHighRisk,
		@DefaultValue("P3D") Duration allocationOther, @DefaultValue("P28D") Duration reviewInterval) {

	public static InvestigationTimescales defaults() {
		return new InvestigationTimescales(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(28));
	}

	public Duration allocationFor(String riskLevel) {
		return "HIGH".equals(riskLevel) ? allocationHighRisk : allocationOther;
	}

}
