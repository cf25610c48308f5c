package uk.org.safeguard.rso;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/** Sex-offender visits overdue now. */
@Component
class RsoFigures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		f.put("rsoVisitsOverdueNow", sources
			.openOverdue(List.of(RsoManagementProcess.TASK_HOME_VISIT, RsoManagementProcess.TASK_INITIAL_VISIT)));
	}

}
