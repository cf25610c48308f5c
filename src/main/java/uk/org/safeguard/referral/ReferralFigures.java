package uk.org.safeguard.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/** Referrals late to the MASH and the MASH's one working day. */
@Component
class ReferralFigures implements InspectionFigureContributor {

	private final uk.org.safeguard.compliance.InspectionFigureSettings settings;

	ReferralFigures(uk.org.safeguard.compliance.InspectionFigureSettings settings) {
		this.settings = settings;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		long sent = 0;
		long inTime = 0;
		for (Map<String, Object> r : sources
			.variables(ChildReferralProcess.KEY, ChildReferralProcess.SENT_TO_MASH_AT, ChildReferralProcess.RECORDED_AT)
			.values()) {
			if (r.get(ChildReferralProcess.SENT_TO_MASH_AT) instanceof Date s && FigureSources.inPeriod(s, from, to)
					&& r.get(ChildReferralProcess.RECORDED_AT) instanceof Date recorded) {
				sent++;
				inTime += Duration.between(recorded.toInstant(), s.toInstant())
					.compareTo(settings.referralToMashWithin()) <= 0 ? 1 : 0;
			}
		}
		f.put("referralsSentToMashWithin24Hours", new Rate(inTime, sent));
		f.put("mashDecisionsWithin1WorkingDay", sources.onTime(ChildReferralProcess.TASK_DECIDE_OUTCOME, from, to));
	}

}
