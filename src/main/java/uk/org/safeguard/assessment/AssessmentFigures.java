package uk.org.safeguard.assessment;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/** Assessments within 45 working days. */
@Component
class AssessmentFigures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		f.put("assessmentsWithin45WorkingDays",
				sources.onTime(ChildAndFamilyAssessmentProcess.TASK_COMPLETE_ASSESSMENT, from, to));
	}

}
