package uk.org.safeguard.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/children/{childId}/timeline}: every case touching the child — by {@code childId}, and
 * through the {@code householdId} of those cases, the household's domestic-abuse incidents and MARAC
 * cases — in time order with each task's deadline kept or missed and who acted. The engine's history
 * queries run as the caller, so need-to-know applies: a user sees only the cases their groups may read.
 */
@RestController
class ChildTimelineController {

	record Step(String task, String taskKey, String assignee, Date created, Date due, Date ended, String deadline) {
	}

	record Entry(String process, String processKey, String processInstanceId, String businessKey, Date started,
			Date ended, String state, List<Step> steps) {
	}

	record Timeline(String childId, List<String> households, List<Entry> entries) {
	}

	private final HistoryService history;

	ChildTimelineController(HistoryService history) {
		this.history = history;
	}

	@GetMapping("/api/children/{childId}/timeline")
	Timeline timeline(@PathVariable String childId) {
		Map<String, HistoricProcessInstance> cases = new LinkedHashMap<>();
		history.createHistoricProcessInstanceQuery()
			.variableValueEquals("childId", childId)
			.list()
			.forEach(pi -> cases.put(pi.getId(), pi));
		Set<String> households = new LinkedHashSet<>();
		if (!cases.isEmpty()) {
			for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(cases.keySet().toArray(String[]::new))
				.variableName("householdId")
				.list()) {
				if (v.getValue() instanceof String household && !household.isBlank()) {
					households.add(household);
				}
			}
		}
		for (String household : households) {
			for (String key : List.of("DomesticAbuseIncidentProcess", "MaracCaseProcess")) {
				history.createHistoricProcessInstanceQuery()
					.processDefinitionKey(key)
					.variableValueEquals("householdId", household)
					.list()
					.forEach(pi -> cases.put(pi.getId(), pi));
			}
		}
		List<Entry> entries = new ArrayList<>();
		for (HistoricProcessInstance pi : cases.values()) {
			List<Step> steps = history.createHistoricTaskInstanceQuery()
				.processInstanceId(pi.getId())
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.list()
				.stream()
				.map(ChildTimelineController::step)
				.toList();
			entries.add(new Entry(pi.getProcessDefinitionName(), pi.getProcessDefinitionKey(), pi.getId(),
					pi.getBusinessKey(), pi.getStartTime(), pi.getEndTime(), pi.getState(), steps));
		}
		entries.sort(Comparator.comparing(Entry::started));
		return new Timeline(childId, List.copyOf(households), entries);
	}

	static Step step(HistoricTaskInstance task) {
		String deadline = "NONE";
		if (task.getDueDate() != null) {
			Date end = task.getEndTime();
			if (end != null) {
				deadline = end.after(task.getDueDate()) ? "MISSED" : "MET";
			}
			else {
				deadline = ClockUtil.getCurrentTime().after(task.getDueDate()) ? "OVERDUE" : "OPEN";
			}
		}
		return new Step(task.getName(), task.getTaskDefinitionKey(), task.getAssignee(), task.getStartTime(),
				task.getDueDate(), task.getEndTime(), deadline);
	}

}
