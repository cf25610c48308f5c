package uk.org.safeguard.compliance;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The figures of the 2017 inspection, computed from what the processes record
 * (definitions in docs/inspection-figures.md). Each process package contributes its own
 * ({@link InspectionFigureContributor}); each figure is a count with, where it is a rate,
 * its numerator and denominator, for cases whose defining moment falls in the period.
 */
@Service
public class InspectionFiguresService {

	private final ProcessEngine engine;

	private final TaskDeadlines deadlines;

	private final List<InspectionFigureContributor> contributors;

	InspectionFiguresService(ProcessEngine engine, TaskDeadlines deadlines,
			List<InspectionFigureContributor> contributors) {
		this.engine = engine;
		this.deadlines = deadlines;
		this.contributors = contributors.stream()
			.sorted(Comparator.comparingInt(InspectionFigureContributor::order))
			.toList();
	}

	public Map<String, Object> figures(Instant from, Instant to) {
		FigureSources sources = new FigureSources(engine.getHistoryService(), deadlines);
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute(ctx -> {
				ctx.disableAuthorizationCheck();
				Map<String, Object> f = new LinkedHashMap<>();
				f.put("from", from);
				f.put("to", to);
				f.put("generatedAt", ClockUtil.getCurrentTime().toInstant());
				contributors.forEach(contributor -> contributor.contribute(f, from, to, sources));
				return f;
			});
	}

}
