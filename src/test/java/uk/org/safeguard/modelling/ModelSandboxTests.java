package uk.org.safeguard.modelling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a deployed model's expressions may reach (SPEC section 7), element by element. */
class ModelSandboxTests {

	private static final Set<String> BEANS = Set.of("workingDays", "rsoSchedule", "recordReferralDelegate");

	private static List<String> check(String attributes, String body) {
		String xml = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
				  <bpmn:process id="P" isExecutable="true">
				    <bpmn:serviceTask id="Task_Probe" %s>%s</bpmn:serviceTask>
				  </bpmn:process>
				</bpmn:definitions>""".formatted(attributes, body);
		return ModelSandbox.check(xml.getBytes(StandardCharsets.UTF_8), BEANS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "${rsoSchedule.plan(execution)}", "${workingDays.after(recordedAt, 1)}",
			"${execution.getVariable('x') != null}", "${task.setVariableLocal('a', b)}", "${a == 'B' ? c : d}",
			"${missingReview.missingReviewInterval}", "${execution.processInstanceId}" })
	void shouldAllowVariablesAndSafeguardsBeans(String expression) {
		assertThat(check("camunda:expression=\"" + expression + "\"", "")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${execution.getProcessEngineServices()}", "${execution.processEngineServices}",
			"${''.getClass().forName('java.lang.Runtime')}", "${childName.class}", "${childName.toUpperCase()}",
			"${identityService.createMembership('a', 'camunda-admin')}", "${workingDays.getClass()}",
			"${workingDays.after(x, 1).getClass()}", "${execution[name]}", "${caseExecution.id}",
			"${S(json).prop('a')}", "${task.getExecution().getProcessEngine()}" })
	void shouldRefuseExpressionsThatReachOtherJava(String expression) {
		assertThat(check("camunda:expression=\"" + expression + "\"", "")).singleElement()
			.asString()
			.contains("Task_Probe")
			.contains(expression);
	}

	@Test
	void shouldRefuseJavaClassesScriptsAndConnectors() {
		assertThat(check("camunda:class=\"java.lang.Runtime\"", "")).singleElement()
			.asString()
			.contains("camunda:class");
		assertThat(check("",
				"<bpmn:extensionElements><camunda:executionListener event=\"start\">"
						+ "<camunda:script scriptFormat=\"groovy\">'touch /tmp/x'.execute()</camunda:script>"
						+ "</camunda:executionListener></bpmn:extensionElements>"))
			.isNotEmpty()
			.anyMatch(problem -> problem.contains("script"));
		assertThat(check("",
				"<bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector"
						+ "</camunda:connectorId></camunda:connector></bpmn:extensionElements>"))
			.anyMatch(problem -> problem.contains("connector"));
	}

	@Test
	void shouldPassEveryModelOfTheProjectWithTheApplicationsBeans() throws Exception {
		Set<String> beans = modelBeanNames();
		try (var files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.toList()) {
				assertThat(ModelSandbox.check(Files.readAllBytes(file), beans)).as(file.toString()).isEmpty();
			}
		}
	}

	/**
	 * The names under which the application registers its {@code @ModelBean} beans: the
	 * component's name, or the class name for those registered by a configuration class.
	 */
	static Set<String> modelBeanNames() {
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
				uk.org.safeguard.support.ModelBean.class));
		Set<String> names = new java.util.TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("uk.org.safeguard")) {
			String className = candidate.getBeanClassName();
			var metadata = ((org.springframework.beans.factory.annotation.AnnotatedBeanDefinition) candidate)
				.getMetadata();
			var component = metadata.getAnnotationAttributes(org.springframework.stereotype.Component.class.getName());
			String name = component != null && !String.valueOf(component.get("value")).isEmpty()
					? String.valueOf(component.get("value")) : null;
			if (name == null) {
				String simple = className.substring(className.lastIndexOf('.') + 1);
				name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
			}
			names.add(name);
		}
		return names;
	}

}
