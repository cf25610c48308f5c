package uk.org.safeguard.compliance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.inspection-figures.*}: the thresholds the inspection's figures measure
 * against (docs/inspection-figures.md).
 *
 * @param referralToMashWithin a referral counts as prompt when it reaches the MASH this
 * soon after it was recorded (the inspection's 24 hours)
 * @param repeatMissingEpisodes episodes in the repeat window that make a child a repeat
 * missing child (SPEC 4.10: three)
 */
@ConfigurationProperties("safeguard.inspection-figures")
public record InspectionFigureSettings(Duration referralToMashWithin, int repeatMissingEpisodes) {

	/** The defaults of {@code application.yml}. */
	public static InspectionFigureSettings defaults() {
		return uk.org.safeguard.support.Timescales.defaults(InspectionFigureSettings.class);
	}

}
