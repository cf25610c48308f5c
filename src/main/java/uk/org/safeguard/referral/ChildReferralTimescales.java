package uk.org.safeguard.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.referral.*}. The MASH decision's one working day is
 * statutory guidance (Working Together) and comes from the calendar; these are the local
 * ones.
 *
 * @param qualityReview police supervisory quality review of a referral (local force
 * policy)
 * @param immediateRiskDecision MASH decision when the referral reports immediate risk
 * @param schoolNotificationTime Operation Encompass: the school told by this time on the
 * first school day after the incident (before the school day starts)
 */
@ConfigurationProperties("safeguard.timescales.referral")
public record ChildReferralTimescales(Duration qualityReview, Duration immediateRiskDecision,
		String schoolNotificationTime) {

	/** The defaults of {@code application.yml}. */
	public static ChildReferralTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(ChildReferralTimescales.class);
	}

}
