package uk.org.safeguard.section47;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/** Initial conferences within 15 working days. */
@Component
class Section47Figures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		f.put("initialConferencesWithin15WorkingDays",
				sources.onTime(Section47EnquiryProcess.TASK_HOLD_CONFERENCE, from, to));
	}

}
