package uk.org.safeguard.modelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The project's modelling conventions (SPEC section 2), checked on every model in
 * {@code bpmn/} by the build and on every deployment by the engine, so a process owner
 * learns at once what a model lacks.
 */
public final class ModelConventions {

	private static final Map<Class<? extends BaseElement>, String> PREFIXES = new LinkedHashMap<>();

	static {
		PREFIXES.put(StartEvent.class, "StartEvent_");
		PREFIXES.put(BoundaryEvent.class, "BoundaryEvent_");
		PREFIXES.put(EndEvent.class, "EndEvent_");
		PREFIXES.put(Event.class, "Event_");
		PREFIXES.put(Gateway.class, "Gateway_");
		PREFIXES.put(SubProcess.class, "SubProcess_");
		PREFIXES.put(FlowNode.class, "Task_");
		PREFIXES.put(SequenceFlow.class, "SequenceFlow_");
		PREFIXES.put(Message.class, "Message_");
		PREFIXES.put(Error.class, "Error_");
	}

	private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

	private ModelConventions() {
	}

	/**
	 * @param model the BPMN model
	 * @param formIds ids of the forms deployed with it (for {@code camunda:formRef})
	 * @return one line per violation; empty when the model follows the conventions
	 */
	public static List<String> check(BpmnModelInstance model, Collection<String> formIds) {
		List<String> violations = new ArrayList<>();
		Set<String> shapes = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter(s -> s.getBpmnElement() != null)
			.map(s -> s.getBpmnElement().getId())
			.collect(Collectors.toSet());
		Set<String> edges = model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.filter(e -> e.getBpmnElement() != null)
			.map(e -> e.getBpmnElement().getId())
			.collect(Collectors.toSet());

		for (Process process : model.getModelElementsByType(Process.class)) {
			if (process.getCamundaHistoryTimeToLiveString() == null) {
				violations.add("process " + process.getId() + " has no historyTimeToLive");
			}
			if (process.getCamundaVersionTag() == null) {
				violations.add("process " + process.getId() + " has no versionTag");
			}
		}
		for (Map.Entry<Class<? extends BaseElement>, String> entry : PREFIXES.entrySet()) {
			for (BaseElement element : model.getModelElementsByType(entry.getKey())) {
				String expected = prefixOf(element);
				if (expected.equals(entry.getValue()) && !hasConventionalId(element.getId(), expected)) {
					violations.add(element.getElementType().getTypeName() + " " + element.getId()
							+ " must have an id like " + expected + "PascalCaseMeaning");
				}
			}
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			if (!shapes.contains(node.getId())) {
				violations.add(node.getId() + " has no diagram shape (BPMN DI)");
			}
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			if (!edges.contains(flow.getId())) {
				violations.add(flow.getId() + " has no diagram edge (BPMN DI)");
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null
					&& task.getCamundaCandidateUsers() == null) {
				violations.add("user task " + task.getId() + " has no candidate group or assignee");
			}
			String formRef = task.getCamundaFormRef();
			if (formRef == null) {
				violations.add("user task " + task.getId() + " has no camunda:formRef");
			}
			else if (!formIds.contains(formRef)) {
				violations.add("user task " + task.getId() + " refers to form " + formRef + " which is not deployed");
			}
			else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
				violations.add("user task " + task.getId() + " must bind its form with formRefBinding=\"deployment\"");
			}
		}
		checkEscalations(model, violations);
		return violations;
	}

	/**
	 * The extension property that declares a task the top of its escalation chain: nobody
	 * above it to escalate to.
	 */
	public static final String TOP_OF_CHAIN_PROPERTY = "escalation";

	public static final String TOP_OF_CHAIN_VALUE = "top";

	/**
	 * SPEC section 8: every deadline escalates, and escalation tasks have a due date of
	 * their own and escalate on, up to the top of the chain.
	 */
	private static void checkEscalations(BpmnModelInstance model, List<String> violations) {
		Set<String> escalated = new java.util.HashSet<>();
		Set<String> escalationTasks = new java.util.HashSet<>();
		for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
			boolean timer = boundary.getEventDefinitions()
				.stream()
				.anyMatch(d -> d instanceof org.camunda.bpm.model.bpmn.instance.TimerEventDefinition);
			if (!timer || boundary.cancelActivity() || !(boundary.getAttachedTo() instanceof UserTask)) {
				continue;
			}
			for (SequenceFlow flow : boundary.getOutgoing()) {
				if (flow.getTarget() instanceof UserTask) {
					escalated.add(boundary.getAttachedTo().getId());
					escalationTasks.add(flow.getTarget().getId());
				}
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			boolean top = isTopOfChain(task);
			if (task.getCamundaDueDate() != null && !escalated.contains(task.getId()) && !top) {
				violations.add("user task " + task.getId() + " has a due date but no escalation: attach a"
						+ " non-interrupting timer at its due date leading to the next level's task, or declare"
						+ " it the top of its chain (property " + TOP_OF_CHAIN_PROPERTY + "=" + TOP_OF_CHAIN_VALUE
						+ ")");
			}
			if (escalationTasks.contains(task.getId()) && task.getCamundaDueDate() == null) {
				violations.add("escalation task " + task.getId() + " has no due date of its own");
			}
			if (top && escalated.contains(task.getId())) {
				violations.add("user task " + task.getId() + " is declared the top of its chain but escalates");
			}
		}
	}

	static boolean isTopOfChain(UserTask task) {
		if (task.getExtensionElements() == null) {
			return false;
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
			.list()
			.stream()
			.flatMap(p -> p.getCamundaProperties().stream())
			.anyMatch(p -> TOP_OF_CHAIN_PROPERTY.equals(p.getCamundaName())
					&& TOP_OF_CHAIN_VALUE.equals(p.getCamundaValue()));
	}

	/**
	 * Every decision carries a historyTimeToLive and a versionTag, like every process.
	 */
	public static List<String> check(DmnModelInstance model) {
		List<String> violations = new ArrayList<>();
		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			if (decision.getCamundaHistoryTimeToLiveString() == null) {
				violations.add("decision " + decision.getId() + " has no historyTimeToLive");
			}
			if (decision.getVersionTag() == null) {
				violations.add("decision " + decision.getId() + " has no versionTag");
			}
		}
		return violations;
	}

	/** The most specific prefix for the element's type. */
	private static String prefixOf(BaseElement element) {
		for (Map.Entry<Class<? extends BaseElement>, String> entry : PREFIXES.entrySet()) {
			if (entry.getKey().isInstance(element)) {
				return entry.getValue();
			}
		}
		return "";
	}

	private static boolean hasConventionalId(String id, String prefix) {
		return id != null && id.startsWith(prefix) && PASCAL_CASE.matcher(id.substring(prefix.length())).matches();
	}

}
