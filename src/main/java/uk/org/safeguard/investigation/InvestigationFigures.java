package uk.org.safeguard.investigation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/**
 * The inspection's 611 of 1,002 investigations overdue for review, and crimes against
 * children never referred (6 of 40).
 */
@Component
class InvestigationFigures implements InspectionFigureContributor {

	private final SupervisionReportService supervision;

	InvestigationFigures(SupervisionReportService supervision) {
		this.supervision = supervision;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		SupervisionReport investigations = supervision.report();
		f.put("activeInvestigations", investigations.activeInvestigations());
		f.put("investigationsOverdueForReview", investigations.overdueForReview());
		long childVictims = 0;
		long referred = 0;
		for (Map<String, Object> i : sources
			.variables(InvestigationProcess.KEY, InvestigationProcess.CHILD_ID, InvestigationProcess.RECORDED_AT,
					InvestigationProcess.CHILD_REFERRAL_MADE)
			.values()) {
			if (i.get(InvestigationProcess.CHILD_ID) != null
					&& i.get(InvestigationProcess.RECORDED_AT) instanceof Date recorded
					&& FigureSources.inPeriod(recorded, from, to)) {
				childVictims++;
				referred += Boolean.TRUE.equals(i.get(InvestigationProcess.CHILD_REFERRAL_MADE)) ? 1 : 0;
			}
		}
		f.put("childVictimCrimesReferred", new Rate(referred, childVictims));
	}

}
