package uk.org.safeguard.childprotection;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.timescales.child-protection-plan.*} (Working Together 2023 and local
 * procedures; sources in docs/processes/child-protection-plan.md).
 *
 * @param firstCoreGroupWorkingDays first core group after the initial conference
 * @param coreGroupInterval later core groups after the previous one
 * @param visitWorkingDays the child seen by the social worker at least this often
 * @param firstReview first review conference after the initial conference
 * @param reviewInterval later review conferences after the previous one
 */
@ConfigurationProperties("safeguard.timescales.child-protection-plan")
public record ChildProtectionPlanTimescales(int firstCoreGroupWorkingDays, Period coreGroupInterval,
		int visitWorkingDays, Period firstReview, Period reviewInterval) {

	/** The defaults of {@code application.yml}. */
	public static ChildProtectionPlanTimescales defaults() {
		return uk.org.safeguard.support.Timescales.defaults(ChildProtectionPlanTimescales.class);
	}

}
