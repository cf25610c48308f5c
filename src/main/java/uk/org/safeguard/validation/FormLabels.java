package uk.org.safeguard.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The labels of a task's Camunda Form by variable key, so that a validation message names
 * a field the way the person completing the form sees it. Read from the task's own
 * deployment and kept per deployment.
 */
final class FormLabels {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

	private FormLabels() {
	}

	static Map<String, String> of(DelegateTask task) {
		if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null
				|| entity.getProcessDefinition() == null) {
			return Map.of();
		}
		Expression formRef = entity.getTaskDefinition().getCamundaFormDefinitionKey();
		if (formRef == null) {
			return Map.of();
		}
		String deploymentId = entity.getProcessDefinition().getDeploymentId();
		String formId = formRef.getExpressionText();
		return CACHE.computeIfAbsent(deploymentId + "/" + formId, key -> read(deploymentId, formId));
	}

	private static Map<String, String> read(String deploymentId, String formId) {
		Map<String, String> labels = new HashMap<>();
		for (ResourceEntity resource : Context.getCommandContext()
			.getResourceManager()
			.findResourcesByDeploymentId(deploymentId)) {
			if (resource.getName().endsWith(".form")) {
				try {
					JsonNode form = JSON.readTree(resource.getBytes());
					if (formId.equals(form.path("id").asText())) {
						collect(form, labels);
					}
				}
				catch (java.io.IOException ex) {
					// not a form we can read: no labels, the variable names still say
					// what is wrong
				}
			}
		}
		return Map.copyOf(labels);
	}

	private static void collect(JsonNode node, Map<String, String> labels) {
		if (node.hasNonNull("key") && (node.hasNonNull("label") || node.hasNonNull("dateLabel"))) {
			// A date-and-time field has a label for each half: the date's names the
			// field.
			labels.putIfAbsent(node.get("key").asText(),
					node.hasNonNull("label") ? node.get("label").asText() : node.get("dateLabel").asText());
		}
		node.path("components").forEach(child -> collect(child, labels));
	}

}
