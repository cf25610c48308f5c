package uk.org.safeguard.timeline;

import uk.org.safeguard.marac.MaracCaseProcess;
import uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess;

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
import org.springframework.stereotype.Service;
import uk.org.safeguard.agencyaction.AgencyActionProcess;
import uk.org.safeguard.linking.ProcessLinks;
import uk.org.safeguard.support.SharedVariables;

/**
 * Every case touching a child — by {@code childId}, and through the {@code householdId}
 * of those cases, the household's domestic-abuse incidents and MARAC cases — in time
 * order, with each task's deadline kept or missed and who acted. The engine's history
 * queries run as the current user, so need-to-know applies: a user sees only the cases
 * their groups may read. Used by the timeline page, the record export and (as the engine,
 * to find a child's cases) the access audit.
 */
@Service
public class ChildTimeline {

	public record Step(String task, String taskKey, String assignee, Date created, Date due, Date ended,
			String deadline) {
	}

	public record Entry(String process, String processKey, String processInstanceId, String businessKey, Date started,
			Date ended, String state, List<Step> steps) {
	}

	public record Timeline(String childId, String childName, List<String> households, List<Entry> entries) {
	}

	/** A child found by name: the id to open their timeline with. */
	public record Child(String childId, String childName) {
	}

	/** At most this many children answer a search by name. */
	static final int MAX_MATCHES = 20;

	private final HistoryService history;

	ChildTimeline(HistoryService history) {
		this.history = history;
	}

	/** The child's cases the current user may read, by id, in the order found. */
	public Map<String, HistoricProcessInstance> cases(String childId) {
		Map<String, HistoricProcessInstance> cases = new LinkedHashMap<>();
		history.createHistoricProcessInstanceQuery()
			.variableValueEquals(SharedVariables.CHILD_ID, childId)
			.list()
			.forEach(pi -> cases.put(pi.getId(), pi));
		// The agreed actions of those cases (strategy discussions, MARAC) are part of the
		// child's story too (issue 19).
		List<String> starters = List.copyOf(cases.keySet());
		for (String parent : starters) {
			history.createHistoricProcessInstanceQuery()
				.processDefinitionKey(AgencyActionProcess.KEY)
				.variableValueEquals(ProcessLinks.PARENT_PROCESS_INSTANCE_ID, parent)
				.list()
				.forEach(pi -> cases.put(pi.getId(), pi));
		}
		for (String household : households(cases)) {
			for (String key : List.of(DomesticAbuseIncidentProcess.KEY, MaracCaseProcess.KEY)) {
				history.createHistoricProcessInstanceQuery()
					.processDefinitionKey(key)
					.variableValueEquals(SharedVariables.HOUSEHOLD_ID, household)
					.list()
					.forEach(pi -> cases.put(pi.getId(), pi));
			}
		}
		return cases;
	}

	private Set<String> households(Map<String, HistoricProcessInstance> cases) {
		Set<String> households = new LinkedHashSet<>();
		if (!cases.isEmpty()) {
			for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(cases.keySet().toArray(String[]::new))
				.variableName(SharedVariables.HOUSEHOLD_ID)
				.list()) {
				if (v.getValue() instanceof String household && !household.isBlank()) {
					households.add(household);
				}
			}
		}
		return households;
	}

	public Timeline of(String childId) {
		Map<String, HistoricProcessInstance> cases = cases(childId);
		List<Entry> entries = new ArrayList<>();
		for (HistoricProcessInstance pi : cases.values()) {
			entries.add(new Entry(pi.getProcessDefinitionName(), pi.getProcessDefinitionKey(), pi.getId(),
					pi.getBusinessKey(), pi.getStartTime(), pi.getEndTime(), pi.getState(), steps(pi.getId())));
		}
		entries.sort(Comparator.comparing(Entry::started));
		return new Timeline(childId, nameOf(childId), List.copyOf(households(cases)), entries);
	}

	/** The child's name as the cases the current user may read record it, or null. */
	String nameOf(String childId) {
		for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
			.variableValueEquals(SharedVariables.CHILD_ID, childId)
			.listPage(0, 5)) {
			HistoricVariableInstance name = history.createHistoricVariableInstanceQuery()
				.processInstanceId(pi.getId())
				.variableName(SharedVariables.CHILD_NAME)
				.singleResult();
			if (name != null && name.getValue() instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

	/**
	 * Children whose name contains the text (any case), among the cases the current user
	 * may read: a person looks a child up by name, not by a police id.
	 */
	public List<Child> findByName(String text) {
		Map<String, Child> children = new LinkedHashMap<>();
		for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
			.matchVariableValuesIgnoreCase()
			.variableValueLike(SharedVariables.CHILD_NAME, "%" + text.strip() + "%")
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 5 * MAX_MATCHES)) {
			String childId = stringVariable(pi.getId(), SharedVariables.CHILD_ID);
			if (childId != null && !children.containsKey(childId) && children.size() < MAX_MATCHES) {
				children.put(childId, new Child(childId, stringVariable(pi.getId(), SharedVariables.CHILD_NAME)));
			}
		}
		return List.copyOf(children.values());
	}

	private String stringVariable(String processInstanceId, String name) {
		HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(name)
			.singleResult();
		return variable != null && variable.getValue() instanceof String text ? text : null;
	}

	public List<Step> steps(String processInstanceId) {
		return history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()
			.stream()
			.map(ChildTimeline::step)
			.toList();
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
