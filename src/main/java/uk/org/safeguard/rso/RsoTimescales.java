package uk.org.safeguard.rso;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.rso.*}. Visit frequency by risk is the DMN table
 * {@code RsoVisitFrequencyDecision}; these are the rest. National guidance sets no time
 * to first visit or first ARMS (domain.md section 5), so these are local defaults.
 */
@ConfigurationProperties("safeguard.timescales.rso")
public record RsoTimescales(Duration allocation, Duration initialVisit, Duration arms, Period reactiveAfterLowRisk,
		Period annualReview, Duration disclosureDecision, Duration travelUpdate, Duration newRelationship) {

	/** The defaults of {@code application.yml}. */
	public static RsoTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(RsoTimescales.class);
	}

}
