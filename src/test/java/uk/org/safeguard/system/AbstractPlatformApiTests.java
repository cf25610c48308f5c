package uk.org.safeguard.system;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.org.safeguard.identity.SafeguardGroups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: authentication, identity set-up,
 * shared filters, forms, validation answering 400, deployment rights and an agency action
 * worked to its end. Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractPlatformApiTests extends AbstractApiTests {

	@Test
	void shouldAnswer401WithoutCredentials() {
		assertThat(call(null, HttpMethod.GET, "/engine-rest/process-definition", null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call(null, HttpMethod.GET, "/api/me", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> wrongPassword = rest.exchange("/engine-rest/task", HttpMethod.GET,
				new HttpEntity<>(basic("nobody.demo", "wrong")), String.class);
		assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldIdentifyTheCallerOfTheSafeguardApi() throws Exception {
		ResponseEntity<String> me = call("ds.demo", HttpMethod.GET, "/api/me", null);

		assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(me).get("userId").asText()).isEqualTo("ds.demo");
		assertThat(json(me).get("groups").toString()).contains("police-ds");
	}

	@Test
	void shouldCreateEveryGroupAndDemoUserOnceEvenWhenSetUpRunsAgain() throws Exception {
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}

		for (String group : SafeguardGroups.ALL) {
			assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
		}
		assertThat(identityService.createGroupQuery().count()).isEqualTo(SafeguardGroups.ALL.size());
		assertThat(identityService.createUserQuery().memberOfGroup("police-ds").list()).extracting("id")
			.containsExactly("ds.demo");
		assertThat(identityService.checkPassword("mash.demo", "demo")).isTrue();
		assertThat(identityService.checkPassword("marac-coordinator.demo", "demo")).isTrue();
		assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id")
			.containsExactly("demo");
		assertThat(filterService.createFilterQuery().count()).isEqualTo(5);
	}

	@Test
	void shouldShowTheSharedFiltersToEveryUser() throws Exception {
		ResponseEntity<String> filters = call("health.demo", HttpMethod.GET, "/engine-rest/filter?resourceType=Task",
				null);

		assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> names = new java.util.ArrayList<>();
		json(filters).forEach(filter -> names.add(filter.get("name").asText()));
		assertThat(names).containsExactlyInAnyOrder("My tasks", "My groups — unassigned", "Overdue", "Due today",
				"Escalations");
	}

	@Test
	void shouldDeployTheFormsWithTheModels() {
		var definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("AgencyActionProcess")
			.latestVersion()
			.singleResult();

		assertThat(repositoryService.getDeploymentResources(definition.getDeploymentId())).extracting(Resource::getName)
			.anyMatch(name -> name.endsWith("bpmn/AgencyActionProcess.bpmn"))
			.anyMatch(name -> name.endsWith("forms/AgencyActionCompleteForm.form"))
			.anyMatch(name -> name.endsWith("forms/ChaseOverdueActionForm.form"));
	}

	@Test
	void shouldWorkAnAgencyActionThroughTheRestApi() throws Exception {
		ResponseEntity<String> started = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start",
				actionVariables("health", "Share GP records with the IDVA"));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		String instanceId = json(started).get("id").asText();

		// The agency sees the task and its form; other agencies do not see it at all.
		JsonNode tasks = json(
				call("health.demo", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + instanceId, null));
		assertThat(tasks).hasSize(1);
		String taskId = tasks.get(0).get("id").asText();
		assertThat(
				json(call("education.demo", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + instanceId, null)))
			.isEmpty();
		ResponseEntity<String> form = call("health.demo", HttpMethod.GET,
				"/engine-rest/task/" + taskId + "/deployed-form", null);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(form).get("id").asText()).isEqualTo("AgencyActionCompleteForm");

		assertThat(call("health.demo", HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
				Map.of("userId", "health.demo"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> completed = call("health.demo", HttpMethod.POST,
				"/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of("actionOutcome",
						Map.of("value", "DONE"), "actionNotes", Map.of("value", "Records shared"))));
		assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_ActionDone");
	}

	@Test
	void shouldAnswer400NamingEveryBadVariableAndStartNothing() throws Exception {
		long before = historyService.createHistoricProcessInstanceQuery().count();

		ResponseEntity<String> response = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start",
				Map.of("variables", Map.of("agency", Map.of("value", "the council"))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(response).get("message").asText()).contains("agency", "actionDescription", "actionDueDate",
				"escalationGroup", "caseReference");
		assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void shouldAnswer400ForAnIncompleteTaskAndKeepItOpen() throws Exception {
		String instanceId = json(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						actionVariables("education", "Check attendance")))
			.get("id")
			.asText();
		String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

		ResponseEntity<String> response = call("education.demo", HttpMethod.POST,
				"/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("actionOutcome", Map.of("value", "DONE"))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(response).get("message").asText()).contains("actionNotes").doesNotContain("actionOutcome");
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(instanceId, "actionOutcome")).isNull();
	}

	@Test
	void shouldKeepOtherErrorsOutOfTheBadInputMapping() {
		ResponseEntity<String> response = call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/NoSuchProcess/start", Map.of());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldForbidStartingAProcessToGroupsThatDoNotStartIt() {
		ResponseEntity<String> response = call("education.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start", actionVariables("health", "Anything"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldLetOnlyProcessOwnersDeploy() {
		assertThat(call("ds.demo", HttpMethod.GET, "/engine-rest/deployment", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(authorizationService.isUserAuthorized("ds.demo", List.of("police-ds"),
				org.camunda.bpm.engine.authorization.Permissions.CREATE,
				org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT))
			.isFalse();
		assertThat(authorizationService.isUserAuthorized("process-owner.demo", List.of("process-owner"),
				org.camunda.bpm.engine.authorization.Permissions.CREATE,
				org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT))
			.isTrue();
	}

}
