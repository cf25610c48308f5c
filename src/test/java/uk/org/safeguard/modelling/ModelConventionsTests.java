package uk.org.safeguard.modelling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model in bpmn/ follows the conventions; and the check really catches each kind of
 * mistake.
 */
class ModelConventionsTests {

	static Stream<Path> models() throws IOException {
		return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
	}

	static Set<String> formIds() throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			return forms.filter(p -> p.toString().endsWith(".form")).map(p -> {
				try {
					return json.readTree(p.toFile()).get("id").asText();
				}
				catch (IOException ex) {
					throw new IllegalStateException(p + " is not a form", ex);
				}
			}).collect(toSet());
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void shouldFollowTheConventions(Path file) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

		assertThat(ModelConventions.check(model, formIds())).isEmpty();
		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.containsExactly(file.getFileName().toString().replace(".bpmn", ""));
	}

	static Stream<Path> forms() throws IOException {
		return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
	}

	/**
	 * A form with two fields of one id or one key shows one and saves the other (the home
	 * visit form once had two "riskLevel" fields).
	 */
	@ParameterizedTest
	@MethodSource("forms")
	void shouldGiveEveryFormFieldItsOwnIdAndKey(Path file) throws IOException {
		var components = new ObjectMapper().readTree(file.toFile()).get("components");
		List<String> ids = new java.util.ArrayList<>();
		List<String> keys = new java.util.ArrayList<>();
		components.forEach(c -> {
			ids.add(c.path("id").asText());
			if (c.has("key")) {
				keys.add(c.get("key").asText());
			}
		});
		assertThat(ids).as(file + " ids").doesNotHaveDuplicates();
		assertThat(keys).as(file + " keys").doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("decisions")
	void shouldGiveEveryDecisionAHistoryTimeToLiveAndVersionTag(Path file) {
		assertThat(ModelConventions.check(Dmn.readModelFromFile(file.toFile()))).isEmpty();
	}

	static Stream<Path> decisions() throws IOException {
		return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".dmn")).sorted();
	}

	@Test
	void shouldReportEveryBrokenConvention() {
		List<String> violations = ModelConventions.check(read("conventions/BrokenProcess.bpmn"), Set.of("KnownForm"));

		assertThat(violations).containsExactlyInAnyOrder("process BrokenProcess has no historyTimeToLive",
				"process BrokenProcess has no versionTag",
				"userTask Activity_0x1y2z must have an id like Task_PascalCaseMeaning",
				"user task Activity_0x1y2z has no candidate group or assignee",
				"user task Activity_0x1y2z refers to form MissingForm which is not deployed",
				"startEvent start must have an id like StartEvent_PascalCaseMeaning",
				"sequenceFlow Flow_1 must have an id like SequenceFlow_PascalCaseMeaning",
				"user task Task_NoForm has no camunda:formRef", "EndEvent_Done has no diagram shape (BPMN DI)",
				"SequenceFlow_ToEnd has no diagram edge (BPMN DI)",
				"user task Task_NoForm has a due date but no escalation: attach a non-interrupting timer at its due"
						+ " date leading to the next level's task, or declare it the top of its chain (property"
						+ " escalation=top)",
				"escalation task Task_Chase has no due date of its own");
	}

	private static BpmnModelInstance read(String resource) {
		InputStream in = ModelConventionsTests.class.getClassLoader().getResourceAsStream(resource);
		return Bpmn.readModelFromStream(in);
	}

}
