package uk.org.safeguard.record;

import uk.org.safeguard.agencyaction.AgencyActionProcess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import uk.org.safeguard.timeline.ChildTimeline;
import uk.org.safeguard.support.SharedVariables;

/**
 * Builds a {@link ChildRecord} as the current user: every history query runs with their
 * rights, so the record holds exactly what they may read.
 */
@Service
class ChildRecords {

	/**
	 * Variables that record a decision, an outcome or why: what a court or an inspector
	 * asks about.
	 */
	static final Pattern DECISION = Pattern
		.compile(".*(Decision|Outcome|Rationale|Reason|Quality|Required|Continues)$");

	private final ChildTimeline timeline;

	private final HistoryService history;

	private final IdentityService identityService;

	ChildRecords(ChildTimeline timeline, HistoryService history, IdentityService identityService) {
		this.timeline = timeline;
		this.history = history;
		this.identityService = identityService;
	}

	ChildRecord of(String childId) {
		ChildTimeline.Timeline found = timeline.of(childId);
		List<ChildRecord.Case> cases = new ArrayList<>();
		String childName = null;
		for (ChildTimeline.Entry entry : found.entries()) {
			if (AgencyActionProcess.KEY.equals(entry.processKey())) {
				// Listed with the case that agreed them, under "Agency actions".
				continue;
			}
			Map<String, Object> variables = variables(entry.processInstanceId());
			if (childName == null && childId.equals(variables.get(SharedVariables.CHILD_ID))
					&& variables.get(SharedVariables.CHILD_NAME) instanceof String name) {
				childName = name;
			}
			List<ChildRecord.Decision> decisions = variables.entrySet()
				.stream()
				.filter(v -> DECISION.matcher(v.getKey()).matches() && v.getValue() != null)
				.map(v -> new ChildRecord.Decision(readable(v.getKey()), text(v.getValue())))
				.sorted(Comparator.comparing(ChildRecord.Decision::name))
				.toList();
			cases.add(new ChildRecord.Case(entry, decisions, actions(entry.processInstanceId())));
		}
		var reader = identityService.getCurrentAuthentication();
		return new ChildRecord(childId, childName, reader == null ? null : reader.getUserId(),
				ClockUtil.getCurrentTime(), cases);
	}

	private List<ChildRecord.Action> actions(String processInstanceId) {
		List<ChildRecord.Action> actions = new ArrayList<>();
		for (HistoricProcessInstance action : history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AgencyActionProcess.KEY)
			.variableValueEquals("parentProcessInstanceId", processInstanceId)
			.orderByProcessInstanceStartTime()
			.asc()
			.list()) {
			Map<String, Object> v = variables(action.getId());
			var steps = timeline.steps(action.getId());
			var main = steps.stream()
				.filter(s -> AgencyActionProcess.TASK_COMPLETE_ACTION.equals(s.taskKey()))
				.findFirst();
			actions.add(new ChildRecord.Action(text(v.get(AgencyActionProcess.AGENCY)),
					text(v.get(AgencyActionProcess.ACTION_DESCRIPTION)),
					v.get(AgencyActionProcess.ACTION_DUE_DATE) instanceof Date due ? due : null,
					main.map(ChildTimeline.Step::ended).orElse(null),
					main.map(ChildTimeline.Step::deadline).orElse("NONE"),
					text(v.get(AgencyActionProcess.ACTION_OUTCOME)), text(v.get(AgencyActionProcess.ACTION_NOTES))));
		}
		return actions;
	}

	private Map<String, Object> variables(String processInstanceId) {
		return history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.filter(v -> v.getValue() != null && v.getTaskId() == null)
			.collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
					(first, second) -> first));
	}

	/** "mashDecisionRationale" → "Mash decision rationale". */
	static String readable(String variable) {
		String words = variable.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean yes) {
			return yes ? "Yes" : "No";
		}
		if (value instanceof Date date) {
			return RecordFormat.dateTime(date);
		}
		return value.toString();
	}

}
