package uk.org.safeguard.domesticabuse;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.domestic-abuse.*}, defaults in {@code application.yml}.
 *
 * @param riskReview the DS's review of the officer's DASH risk assessment (local force
 * policy: by the next day)
 */
@ConfigurationProperties("safeguard.timescales.domestic-abuse")
public record DomesticAbuseTimescales(Duration riskReview) {

	/** The defaults of {@code application.yml}. */
	public static DomesticAbuseTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(DomesticAbuseTimescales.class);
	}

}
