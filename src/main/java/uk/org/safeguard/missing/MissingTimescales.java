package uk.org.safeguard.missing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.missing.*}. Review intervals by risk are the DMN table
 * {@code MissingReviewIntervalDecision}; the return home interview's 72 hours is
 * statutory guidance (DfE 2014).
 */
@ConfigurationProperties("safeguard.timescales.missing")
public record MissingTimescales(Duration riskAssessment, Duration safeAndWellCheck, Duration returnHomeInterview,
		Duration exploitationScreening, Duration repeatWindow, Duration responsibleAuthority, Duration enquiries) {

	/** The defaults of {@code application.yml}. */
	public static MissingTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(MissingTimescales.class);
	}

}
