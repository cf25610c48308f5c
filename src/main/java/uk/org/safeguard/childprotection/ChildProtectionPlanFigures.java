package uk.org.safeguard.childprotection;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/** Child protection plans reviewed on time. */
@Component
class ChildProtectionPlanFigures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 85;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		f.put("childProtectionReviewsOnTime",
				sources.onTime(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE, from, to));
	}

}
