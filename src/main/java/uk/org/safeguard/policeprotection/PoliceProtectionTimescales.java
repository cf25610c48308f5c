package uk.org.safeguard.policeprotection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.police-protection.*}. The 72-hour maximum is the law's and
 * is not configurable ({@link PoliceProtectionProcess#LEGAL_MAXIMUM}).
 *
 * @param informLocalAuthority s.46(3)(a) "as soon as is reasonably practicable"
 * @param designatedOfficerInquiry s.46(5): the designated officer's inquiry
 * @param epoDecision the local authority's decision on an emergency protection order
 * @param endBeforeExpiry how long before the 72 hours the protection must be ended
 */
@ConfigurationProperties("safeguard.timescales.police-protection")
public record PoliceProtectionTimescales(Duration informLocalAuthority, Duration designatedOfficerInquiry,
		Duration epoDecision, Duration endBeforeExpiry) {

	/** The defaults of {@code application.yml}. */
	public static PoliceProtectionTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(PoliceProtectionTimescales.class);
	}

}
