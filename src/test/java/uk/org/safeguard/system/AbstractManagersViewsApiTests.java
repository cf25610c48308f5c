package uk.org.safeguard.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API: managers' views: compliance, the
 * inspection's figures, the child timeline. Runs on H2 and PostgreSQL (the subclasses).
 */
abstract class AbstractManagersViewsApiTests extends AbstractApiTests {

	@Test
	void shouldAnswerTheManagersViewsOnlyToManagers() {
		for (String path : List.of("/api/compliance", "/api/inspection-figures", "/api/children/C-1/timeline",
				"/manager/index.html", "/timeline/index.html")) {
			assertThat(call(null, HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		for (String path : List.of("/api/compliance", "/api/inspection-figures")) {
			assertThat(call("health.demo", HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call("frontline.demo", HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call("team-manager.demo", HttpMethod.GET, path, null).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(call("team-manager.demo", HttpMethod.GET, "/api/compliance?from=yesterday", null).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldCountComplianceAsTheEngineDoes() throws Exception {
		String group = "probation";
		JsonNode before = json(call("demo", HttpMethod.GET, "/api/compliance?group=" + group, null)).get("total");
		Map<String, Object> overdue = actionVariables(group, "Overdue");
		@SuppressWarnings("unchecked")
		Map<String, Object> vars = new java.util.HashMap<>((Map<String, Object>) overdue.get("variables"));
		vars.put("actionDueDate", restDate(java.util.Date.from(Instant.now().minus(java.time.Duration.ofHours(3)))));
		String late = json(call("ppu-hub.demo", HttpMethod.POST,
				"/engine-rest/process-definition/key/AgencyActionProcess/start", Map.of("variables", vars)))
			.get("id")
			.asText();
		json(call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
				Map.of("variables", vars)));
		json(call("ppu-hub.demo", HttpMethod.POST, "/engine-rest/process-definition/key/AgencyActionProcess/start",
				actionVariables(group, "In time")));
		completeAs("probation.demo", singleTask("probation.demo", late, "Task_CompleteAgencyAction"),
				Map.of("actionOutcome", restValue("DONE"), "actionNotes", restValue("Done late")));

		JsonNode after = json(call("demo", HttpMethod.GET, "/api/compliance?group=" + group, null)).get("total");
		assertThat(after.get("completedLate").asLong() - before.get("completedLate").asLong()).isEqualTo(1);
		assertThat(after.get("openOverdue").asLong() - before.get("openOverdue").asLong()).isEqualTo(1);
		assertThat(after.get("openWithinTime").asLong() - before.get("openWithinTime").asLong()).isEqualTo(1);
		// An independent count of the open ones through the engine's own REST API.
		long engineOverdue = json(call("demo", HttpMethod.POST, "/engine-rest/task/count",
				Map.of("candidateGroup", group, "dueBefore", REST_DATE.format(Instant.now()))))
			.get("count")
			.asLong();
		long engineOpen = json(call("demo", HttpMethod.GET, "/engine-rest/task/count?candidateGroup=" + group, null))
			.get("count")
			.asLong();
		assertThat(after.get("openOverdue").asLong()).isEqualTo(engineOverdue);
		assertThat(after.get("openOverdue").asLong() + after.get("openWithinTime").asLong()).isEqualTo(engineOpen);
	}

	@Test
	void shouldShowAChildsTimelineOnlyAsFarAsTheCallerMaySee() throws Exception {
		String child = "C-TL-" + Instant.now().toEpochMilli();
		runtimeService.startProcessInstanceByKey("MissingChildProcess", child + "-1",
				Map.of("childId", child, "childName", "Tia", "childDateOfBirth", "2012-01-01", "reportedAt",
						new java.util.Date(), "lastSeenAt", new java.util.Date(), "lookedAfterChild", false));
		runtimeService.startProcessInstanceByKey("ChildInCustodyProcess", child + "-C",
				Map.of("childId", child, "childName", "Tia", "childDateOfBirth", "2012-01-01", "detentionAuthorisedAt",
						new java.util.Date(), "offence", "Theft"));

		JsonNode all = json(call("demo", HttpMethod.GET, "/api/children/" + child + "/timeline", null));
		assertThat(all.get("entries")).hasSize(2);
		JsonNode police = json(call("inspector.demo", HttpMethod.GET, "/api/children/" + child + "/timeline", null));
		List<String> seen = new java.util.ArrayList<>();
		police.get("entries").forEach(e -> seen.add(e.get("processKey").asText()));
		assertThat(seen).containsExactly("MissingChildProcess");
		assertThat(
				json(call("health.demo", HttpMethod.GET, "/api/children/" + child + "/timeline", null)).get("entries"))
			.isEmpty();
	}

	@Test
	void shouldNameTheChildrenWaitingLongestOnlyFromTasksTheCallerMaySee() throws Exception {
		String child = "C-WAIT-" + Instant.now().toEpochMilli();
		String id = runtimeService.startProcessInstanceByKey("ChildAndFamilyAssessmentProcess", child,
				Map.of("childId", child, "childName", "Willow Waits", "childDateOfBirth", "2014-04-04",
						"referralReceivedAt", java.util.Date.from(Instant.now().minus(java.time.Duration.ofDays(80)))))
			.getId();
		// The assessment is overdue; its escalation to the team manager fires.
		managementService.createJobQuery()
			.processInstanceId(id)
			.timers()
			.list()
			.forEach(job -> managementService.executeJob(job.getId()));
		assertThat(taskService.createTaskQuery().processInstanceId(id).taskCandidateGroup("csc-team-manager").count())
			.isEqualTo(1);

		assertThat(call(null, HttpMethod.GET, "/api/compliance/children", null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		for (String caseworker : List.of("social-worker.demo", "frontline.demo", "health.demo")) {
			assertThat(call(caseworker, HttpMethod.GET, "/api/compliance/children", null).getStatusCode())
				.as(caseworker)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		JsonNode manager = json(call("team-manager.demo", HttpMethod.GET, "/api/compliance/children", null));
		JsonNode willow = null;
		for (JsonNode c : manager) {
			if (child.equals(c.get("childId").asText())) {
				willow = c;
			}
		}
		assertThat(willow).as(manager.toString()).isNotNull();
		assertThat(willow.get("childName").asText()).isEqualTo("Willow Waits");
		assertThat(willow.get("overdueTasks").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(willow.get("longestDaysOverdue").asDouble()).isGreaterThan(1.0);
		// Police supervisors do not work this case; a process owner reads no case data.
		for (String other : List.of("inspector.demo", "process-owner.demo")) {
			assertThat(call(other, HttpMethod.GET, "/api/compliance/children", null).getBody()).as(other)
				.doesNotContain(child)
				.doesNotContain("Willow");
		}
	}

}
