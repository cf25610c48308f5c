package uk.org.safeguard.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguard.timescales.referral.*}. The MASH decision's one working day is
 * statutory guidance (Working Together) and comes from the calendar; these are the local
 * ones.
 *
 * @param qualityReview police supervisory quality review of a referral (local force
 * policy)
 * @param immediateRiskDecision MASH decision when the referral reports immediate risk
 * @param schoolNotificationTime Operation Encompass: time of day on the next school day
 */
@ConfigurationProperties("safeguard.timescales.referral")
public record ReferralTimescales(@DefaultValue("PT24H") Duration qualityReview,
		@DefaultValue("PT4H") Duration immediateRiskDecision, @DefaultValue("09:00") String schoolNotificationTime) {

	public static ReferralTimescales defaults() {
		return new ReferralTimescales(Duration.ofHours(24), Duration.ofHours(4), "09:00");
	}

}
