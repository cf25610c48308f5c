package uk.org.safeguard.marac;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.marac.*}, defaults in {@code application.yml}.
 *
 * @param listing listing a new case for a meeting (SafeLives MARAC guidance: promptly)
 * @param victimContact the IDVA's first contact with the victim (SafeLives: within two
 * working days; two days here)
 * @param meetingWithin the longest time from referral to the meeting (SafeLives: 28 days)
 */
@ConfigurationProperties("safeguard.timescales.marac")
public record MaracTimescales(Duration listing, Duration victimContact, Duration meetingWithin) {

	/** The defaults of {@code application.yml}. */
	public static MaracTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(MaracTimescales.class);
	}

}
