package uk.org.safeguard.missing;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

import static uk.org.safeguard.missing.MissingChildProcess.*;

/**
 * Return interviews within 72 hours and repeat missing children referred (the inspection:
 * thirty episodes, no one asking why).
 */
@Component
class MissingFigures implements InspectionFigureContributor {

	private final uk.org.safeguard.compliance.InspectionFigureSettings settings;

	MissingFigures(uk.org.safeguard.compliance.InspectionFigureSettings settings) {
		this.settings = settings;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		f.put("returnHomeInterviewsWithin72Hours", sources.onTime(TASK_RETURN_HOME_INTERVIEW, from, to));

		Set<Object> repeatChildren = new HashSet<>();
		Set<Object> referredChildren = new HashSet<>();
		Map<String, Map<String, Object>> episodes = sources.variables(KEY, EPISODES_LAST_90_DAYS, CHILD_ID,
				REPORTED_AT);
		Set<String> screened = new HashSet<>();
		sources.history()
			.createHistoricActivityInstanceQuery()
			.activityId(TASK_START_EXPLOITATION_WORK)
			.finished()
			.list()
			.forEach(a -> screened.add(a.getProcessInstanceId()));
		episodes.forEach((id, e) -> {
			if (e.get(REPORTED_AT) instanceof Date reported && FigureSources.inPeriod(reported, from, to)
					&& e.get(EPISODES_LAST_90_DAYS) instanceof Number n
					&& n.intValue() >= settings.repeatMissingEpisodes()) {
				repeatChildren.add(e.get(CHILD_ID));
				if (screened.contains(id)) {
					referredChildren.add(e.get(CHILD_ID));
				}
			}
		});
		f.put("childrenMissing3OrMoreTimesIn90DaysReferred", new Rate(referredChildren.size(), repeatChildren.size()));
	}

}
