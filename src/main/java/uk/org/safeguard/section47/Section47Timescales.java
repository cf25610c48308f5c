package uk.org.safeguard.section47;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.section47.*}. The child seen in 1 WD and the conference in
 * 15 WD are Working Together's and stay in {@link Section47Deadlines}; this is local.
 *
 * @param outcomeWorkingDays the enquiry's outcome recorded this many working days after
 * the strategy discussion, leaving time to convene the conference within 15
 */
@ConfigurationProperties("safeguard.timescales.section47")
public record Section47Timescales(int outcomeWorkingDays) {

	/** The defaults of {@code application.yml}. */
	public static Section47Timescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(Section47Timescales.class);
	}

}
