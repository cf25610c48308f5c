package uk.org.safeguard.custody;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguard.timescales.custody.*}. The PACE s.40 review times (6 h, then every 9
 * h) are statutory; the rest are the force's standards (domain.md section 6).
 */
@ConfigurationProperties("safeguard.timescales.custody")
public record CustodyTimescales(@DefaultValue("PT1H") Duration appropriateAdultRequest,
		@DefaultValue("PT2H") Duration appropriateAdultArrival, @DefaultValue("PT30M") Duration welfareCheck,
		@DefaultValue("PT6H") Duration firstReview, @DefaultValue("PT9H") Duration reviewInterval,
		@DefaultValue("PT1H") Duration healthcareReferral, @DefaultValue("PT2H") Duration accommodation,
		@DefaultValue("PT2H") Duration transfer) {

	public static CustodyTimescales defaults() {
		return new CustodyTimescales(Duration.ofHours(1), Duration.ofHours(2), Duration.ofMinutes(30),
				Duration.ofHours(6), Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(2),
				Duration.ofHours(2));
	}

}
