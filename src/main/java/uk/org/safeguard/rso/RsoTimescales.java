package uk.org.safeguard.rso;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguard.timescales.rso.*}. Visit frequency by risk is the DMN table
 * {@code RsoVisitFrequencyDecision}; these are the rest. National guidance sets no time
 * to first visit or first ARMS (domain.md section 5), so these are local defaults.
 */
@ConfigurationProperties("safeguard.timescales.rso")
public record RsoTimescales(@DefaultValue("P3D") Duration allocation, @DefaultValue("P7D") Duration initialVisit,
		@DefaultValue("P28D") Duration arms, @DefaultValue("P3Y") Period reactiveAfterLowRisk,
		@DefaultValue("P1Y") Period annualReview, @DefaultValue("P1D") Duration disclosureDecision,
		@DefaultValue("P1D") Duration travelUpdate) {

	public static RsoTimescales defaults() {
		return new RsoTimescales(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(28), Period.ofYears(3),
				Period.ofYears(1), Duration.ofDays(1), Duration.ofDays(1));
	}

}
