package uk.org.safeguard.system;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: process owners: deploying, changing
 * a timescale, moving running cases. Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractProcessOwnersApiTests extends AbstractApiTests {

	// owners) ---

	private ResponseEntity<String> deploy(String user, String name, Map<String, byte[]> files) {
		org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
		body.add("deployment-name", name);
		body.add("deployment-source", "Camunda Modeler");
		body.add("deploy-changed-only", "false");
		files.forEach((file, bytes) -> body.add(file, new org.springframework.core.io.ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return file;
			}
		}));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBasicAuth(user, "demo");
		return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	private static byte[] file(String path) throws Exception {
		return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
	}

	@Test
	void shouldLetOnlyProcessOwnersDeployAndRefuseModelsThatBreakTheConventions() throws Exception {
		byte[] model = file("bpmn/AgencyActionProcess.bpmn");
		assertThat(deploy("ds.demo", "attempt", Map.of("AgencyActionProcess.bpmn", model)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		String noTimeToLive = new String(model, java.nio.charset.StandardCharsets.UTF_8)
			.replace(" camunda:historyTimeToLive=\"P3650D\"", "");
		ResponseEntity<String> refused = deploy("process-owner.demo", "bad",
				Map.of("AgencyActionProcess.bpmn", noTimeToLive.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"AgencyActionCompleteForm.form", file("forms/AgencyActionCompleteForm.form")));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(refused).get("message").asText()).contains("AgencyActionProcess.bpmn", "historyTimeToLive",
				"ChaseOverdueActionForm which is not deployed");
	}

	@Test
	void shouldChangeReviewDeadlinesOfNewCasesWhenAProcessOwnerDeploysAnEditedTable() throws Exception {
		String edited = new String(file("bpmn/SupervisionRankDecision.dmn"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("<text>7</text>", "<text>3</text>")
			.replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"");
		ResponseEntity<String> deployed = deploy("process-owner.demo", "DS review within 3 days",
				Map.of("SupervisionRankDecision.dmn", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
		try {
			Instant recordedAt = Instant.now().minus(java.time.Duration.ofHours(1));
			String id = runtimeService.startProcessInstanceByKey("InvestigationProcess", "CR-DMN",
					Map.of("crimeReference", "CR-DMN", "offenceType", "NEGLECT", "team", "CAVAA", "riskLevel", "MEDIUM",
							"recordedAt", java.util.Date.from(recordedAt)))
				.getId();
			assertThat(taskService.createTaskQuery()
				.processInstanceId(id)
				.taskDefinitionKey("Task_SupervisoryReview")
				.singleResult()
				.getDueDate()).isEqualTo(java.util.Date.from(recordedAt.plus(java.time.Duration.ofDays(3))));
		}
		finally {
			repositoryService.deleteDeployment(json(deployed).get("id").asText(), true);
		}
	}

	@Test
	void shouldMoveRunningCasesToANewVersionAfterADryRunThatSaysWhichCannotMove() throws Exception {
		var v1 = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("AgencyActionProcess")
			.latestVersion()
			.singleResult();
		String waiting = json(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						actionVariables("health", "Waiting on v1")))
			.get("id")
			.asText();
		String chased = json(
				call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
						actionVariables("health", "Chased on v1")))
			.get("id")
			.asText();
		managementService
			.executeJob(managementService.createJobQuery().processInstanceId(chased).singleResult().getId());
		var taskBefore = taskService.createTaskQuery().processInstanceId(waiting).singleResult();
		var timerBefore = managementService.createJobQuery().processInstanceId(waiting).singleResult();

		// Version 2 renames the chase task: cases waiting at it cannot be mapped.
		String v2 = new String(file("bpmn/AgencyActionProcess.bpmn"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("Task_ChaseOverdueAction", "Task_FollowUpOverdueAction")
			.replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"");
		ResponseEntity<String> deployed = deploy("process-owner.demo", "Agency action 1.1.0",
				Map.of("AgencyActionProcess.bpmn", v2.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"AgencyActionCompleteForm.form", file("forms/AgencyActionCompleteForm.form"),
						"ChaseOverdueActionForm.form", file("forms/ChaseOverdueActionForm.form")));
		assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
		try {
			String fresh = json(call("ppu-hub.demo", HttpMethod.POST,
					"/engine-rest/process-definition/key/AgencyActionProcess/start", actionVariables("health", "New")))
				.get("id")
				.asText();
			assertThat((String) runtimeService.getVariable(fresh, "procedureVersion"))
				.contains("v" + (v1.getVersion() + 1), "1.1.0");
			assertThat(call("health.demo", HttpMethod.POST, "/api/migrations/dry-run",
					Map.of("processDefinitionKey", "AgencyActionProcess"))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

			JsonNode dryRun = json(call("process-owner.demo", HttpMethod.POST, "/api/migrations/dry-run",
					Map.of("processDefinitionKey", "AgencyActionProcess")));
			JsonNode waitingCase = caseOf(dryRun, waiting);
			JsonNode chasedCase = caseOf(dryRun, chased);
			assertThat(waitingCase.get("migratable").asBoolean()).isTrue();
			assertThat(chasedCase.get("migratable").asBoolean()).isFalse();
			assertThat(chasedCase.get("reasons").toString()).contains("Task_ChaseOverdueAction");
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(waiting)
				.singleResult()
				.getProcessDefinitionId()).isEqualTo(v1.getId());

			JsonNode migrated = json(call("process-owner.demo", HttpMethod.POST, "/api/migrations",
					Map.of("processDefinitionKey", "AgencyActionProcess")));
			assertThat(caseOf(migrated, waiting).get("migrated").asBoolean()).isTrue();
			assertThat(caseOf(migrated, chased).get("migrated").asBoolean()).isFalse();
			var taskAfter = taskService.createTaskQuery().processInstanceId(waiting).singleResult();
			assertThat(taskAfter.getProcessDefinitionId()).isNotEqualTo(v1.getId());
			assertThat(taskAfter.getId()).isEqualTo(taskBefore.getId());
			assertThat(taskAfter.getDueDate()).isEqualTo(taskBefore.getDueDate());
			assertThat(managementService.createJobQuery().processInstanceId(waiting).singleResult().getDuedate())
				.isEqualTo(timerBefore.getDuedate());
		}
		finally {
			repositoryService.deleteDeployment(json(deployed).get("id").asText(), true);
		}
	}

	private static JsonNode caseOf(JsonNode report, String processInstanceId) {
		for (JsonNode c : report.get("cases")) {
			if (c.get("processInstanceId").asText().equals(processInstanceId)) {
				return c;
			}
		}
		throw new AssertionError(processInstanceId + " not in " + report);
	}

}
