package uk.org.safeguard.policeprotection;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/** Police protections ended within the 72 hours of s.46. */
@Component
class PoliceProtectionFigures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		long protections = 0;
		long endedInTime = 0;
		for (Map<String, Object> p : sources
			.variables(PoliceProtectionProcess.KEY, PoliceProtectionProcess.PROTECTED_AT,
					PoliceProtectionProcess.ENDED_AT)
			.values()) {
			if (p.get(PoliceProtectionProcess.PROTECTED_AT) instanceof Date protectedAt
					&& FigureSources.inPeriod(protectedAt, from, to)) {
				protections++;
				endedInTime += p.get(PoliceProtectionProcess.ENDED_AT) instanceof Date ended
						&& Duration.between(protectedAt.toInstant(), ended.toInstant())
							.compareTo(PoliceProtectionProcess.LEGAL_MAXIMUM) <= 0 ? 1 : 0;
			}
		}
		f.put("policeProtectionsEndedWithin72Hours", new Rate(endedInTime, protections));
	}

}
