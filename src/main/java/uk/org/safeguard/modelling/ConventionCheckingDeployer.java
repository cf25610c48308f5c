package uk.org.safeguard.modelling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;

import uk.org.safeguard.validation.InvalidInputException;

/**
 * Refuses a deployment whose models break the project's conventions (no
 * historyTimeToLive, a user task without a group, a form that is not deployed with it,
 * …), whoever deploys it: the application at start-up, a process owner from Camunda
 * Modeler, or a script through {@code /engine-rest}. The message names every problem and
 * its file, and nothing is deployed.
 */
public class ConventionCheckingDeployer implements Deployer {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final java.util.function.Supplier<Set<String>> modelBeans;

	public ConventionCheckingDeployer(java.util.function.Supplier<Set<String>> modelBeans) {
		this.modelBeans = modelBeans;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		Map<String, ResourceEntity> resources = deployment.getResources();
		if (resources == null) {
			return;
		}
		Set<String> formIds = new HashSet<>();
		for (ResourceEntity resource : resources.values()) {
			if (resource.getName().endsWith(".form")) {
				formIds.add(formId(resource));
			}
		}
		List<String> problems = new ArrayList<>();
		for (ResourceEntity resource : resources.values()) {
			String name = resource.getName();
			List<String> found = new ArrayList<>();
			if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
				found.addAll(ModelSandbox.check(resource.getBytes(), modelBeans.get()));
				if (found.isEmpty()) {
					found.addAll(ModelConventions
						.check(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())), formIds));
				}
			}
			else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
				found.addAll(ModelSandbox.check(resource.getBytes(), modelBeans.get()));
				if (found.isEmpty()) {
					found.addAll(ModelConventions
						.check(Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))));
				}
			}
			else if (name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml") || name.endsWith(".groovy")
					|| name.endsWith(".js") || name.endsWith(".py") || name.endsWith(".rb")) {
				found.add("only BPMN, DMN and form files may be deployed");
			}
			found.forEach(problem -> problems.add(shortName(name) + ": " + problem));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String formId(ResourceEntity resource) {
		try {
			JsonNode form = JSON.readTree(resource.getBytes());
			return form.path("id").asText();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String shortName(String name) {
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return slash >= 0 ? name.substring(slash + 1) : name;
	}

}
