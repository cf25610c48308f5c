package uk.org.safeguard.investigation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import uk.org.safeguard.investigation.SupervisionReport.Count;
import uk.org.safeguard.investigation.SupervisionReport.Overdue;

import static uk.org.safeguard.investigation.InvestigationProcess.*;

/**
 * Builds the {@link SupervisionReport} from the engine's runtime state in three queries
 * (instances, their variables, open reviews). The caller's right to see the whole force's
 * figures is checked by the controller; the queries themselves run without per-instance
 * authorization checks.
 */
@Service
public class SupervisionReportService {

	private final ProcessEngine engine;

	private final SupervisionRanks ranks;

	SupervisionReportService(ProcessEngine engine, SupervisionRanks ranks) {
		this.engine = engine;
		this.ranks = ranks;
	}

	public SupervisionReport report() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
			commandContext.disableAuthorizationCheck();
			return build(ClockUtil.getCurrentTime());
		});
	}

	private SupervisionReport build(Date now) {
		List<ProcessInstance> instances = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.list();
		Map<String, Map<String, Object>> variables = new HashMap<>();
		for (VariableInstance variable : engine.getRuntimeService()
			.createVariableInstanceQuery()
			.variableNameIn(TEAM, RECORDED_AT, CRIME_REFERENCE, REVIEW_RANK)
			.list()) {
			if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
				variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		Map<String, Task> openReviews = engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(KEY)
			.taskDefinitionKey(TASK_SUPERVISORY_REVIEW)
			.list()
			.stream()
			.collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (a, b) -> a));

		Map<String, Count> byTeam = new TreeMap<>();
		Map<String, Count> byRank = new TreeMap<>();
		int overdueCount = 0;
		Overdue oldest = null;
		for (ProcessInstance instance : instances) {
			Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
			Date recordedAt = (Date) vars.get(RECORDED_AT);
			if (recordedAt == null) {
				continue;
			}
			String team = String.valueOf(vars.get(TEAM));
			Rank required = ranks.bandAt(SupervisionSchedule.ageDays(recordedAt, now)).rank();
			Task review = openReviews.get(instance.getId());
			boolean overdue = review != null && review.getDueDate() != null && review.getDueDate().before(now);
			byTeam.merge(team, new Count(0, 0).plus(overdue), (a, b) -> a.plus(overdue));
			byRank.merge(required.name(), new Count(0, 0).plus(overdue), (a, b) -> a.plus(overdue));
			if (overdue) {
				overdueCount++;
				if (oldest == null || review.getDueDate().toInstant().isBefore(oldest.reviewDueAt())) {
					Instant due = review.getDueDate().toInstant();
					oldest = new Overdue((String) vars.get(CRIME_REFERENCE), instance.getId(), team, required.name(),
							(String) vars.get(REVIEW_RANK), due, Duration.between(due, now.toInstant()).toDays());
				}
			}
		}
		return new SupervisionReport(now.toInstant(), byTeam.values().stream().mapToInt(Count::active).sum(),
				overdueCount, byTeam, byRank, oldest);
	}

}
