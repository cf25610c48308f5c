package uk.org.safeguard.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the figures are computed from: the engine's history and Safeguard's reporting
 * table {@code SG_TASK_DEADLINE}. Handed to each {@link InspectionFigureContributor}
 * inside one engine command without authorization checks (the figures are aggregates for
 * managers).
 */
public final class FigureSources {

	/** A count out of a total, e.g. 6 of 40. */
	public record Rate(long count, long total) {
	}

	private final HistoryService history;

	private final TaskDeadlines deadlines;

	FigureSources(HistoryService history, TaskDeadlines deadlines) {
		this.history = history;
		this.deadlines = deadlines;
	}

	public HistoryService history() {
		return history;
	}

	/** Historic variables of a process's instances, by process instance id. */
	public Map<String, Map<String, Object>> variables(String processKey, String... names) {
		Map<String, Map<String, Object>> byInstance = new HashMap<>();
		for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
			.processDefinitionKey(processKey)
			.variableNameIn(names)
			.disableCustomObjectDeserialization()
			.list()) {
			byInstance.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
		}
		return byInstance;
	}

	/** Tasks of this key completed in the period, and how many by their due date. */
	public Rate onTime(String taskKey, Instant from, Instant to) {
		return deadlines.jdbc()
			.queryForObject(
					"select sum(case when LATE_SECONDS = 0 then 1 else 0 end), count(*) from SG_TASK_DEADLINE "
							+ "where TASK_KEY = ? and STATE = 'COMPLETED' and COMPLETED_AT >= ? and COMPLETED_AT < ?",
					(rs, n) -> new Rate(rs.getLong(1), rs.getLong(2)), taskKey, Timestamp.from(from),
					Timestamp.from(to));
	}

	/** Open tasks of these keys now, and how many are past due. */
	public Rate openOverdue(Collection<String> taskKeys) {
		String marks = String.join(",", taskKeys.stream().map(k -> "?").toList());
		List<Object> arguments = new java.util.ArrayList<>();
		arguments.add(new Timestamp(ClockUtil.getCurrentTime().getTime()));
		arguments.addAll(taskKeys);
		return deadlines.jdbc()
			.queryForObject(
					"select sum(case when DUE_AT < ? then 1 else 0 end), count(*) from SG_TASK_DEADLINE "
							+ "where STATE = 'OPEN' and TASK_KEY in (" + marks + ")",
					(rs, n) -> new Rate(rs.getLong(1), rs.getLong(2)), arguments.toArray());
	}

	public static boolean inPeriod(Date date, Instant from, Instant to) {
		Instant at = date.toInstant();
		return !at.isBefore(from) && at.isBefore(to);
	}

	public static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
	}

}
