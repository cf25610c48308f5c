package uk.org.safeguard.missing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguard.timescales.missing.*}. Review intervals by risk are the DMN table
 * {@code MissingReviewIntervalDecision}; the return home interview's 72 hours is
 * statutory guidance (DfE 2014).
 */
@ConfigurationProperties("safeguard.timescales.missing")
public record MissingTimescales(@DefaultValue("PT1H") Duration riskAssessment,
		@DefaultValue("PT24H") Duration safeAndWellCheck, @DefaultValue("PT72H") Duration returnHomeInterview,
		@DefaultValue("P1D") Duration exploitationScreening, @DefaultValue("P90D") Duration repeatWindow) {

	public static MissingTimescales defaults() {
		return new MissingTimescales(Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72),
				Duration.ofDays(1), Duration.ofDays(90));
	}

}
