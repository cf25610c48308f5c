package uk.org.safeguard.custody;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.custody.*}. The PACE s.40 review times (6 h, then every 9
 * h) are statutory; the rest are the force's standards (domain.md section 6).
 */
@ConfigurationProperties("safeguard.timescales.custody")
public record CustodyTimescales(Duration appropriateAdultRequest, Duration appropriateAdultArrival,
		Duration welfareCheck, Duration firstReview, Duration reviewInterval, Duration healthcareReferral,
		Duration accommodation, Duration transfer, Duration extensionDecision) {

	/** The defaults of {@code application.yml}. */
	public static CustodyTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(CustodyTimescales.class);
	}

}
