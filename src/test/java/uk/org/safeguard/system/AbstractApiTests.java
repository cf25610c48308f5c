package uk.org.safeguard.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application through its real HTTP API, for the suites that test it feature
 * by feature: calls as a demo user, cases waiting at a task, the webapps' session,
 * deployments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false" })
abstract class AbstractApiTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Autowired
	org.camunda.bpm.engine.AuthorizationService authorizationService;

	@Autowired
	org.camunda.bpm.engine.FilterService filterService;

	@Autowired
	org.camunda.bpm.engine.RepositoryService repositoryService;

	@Autowired
	List<org.springframework.boot.ApplicationRunner> runners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine processEngine;

	/**
	 * The REST API and the webapps find the engine by name in Camunda's static registry;
	 * another test application started and stopped in this JVM (production profile,
	 * cluster nodes) may have replaced or removed this context's engine there.
	 */
	@org.junit.jupiter.api.BeforeEach
	void registerThisContextsEngine() {
		org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(processEngine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (user != null) {
			headers.setBasicAuth(user, "demo");
		}
		ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
		assertThat(response.getStatusCode().value()).as(method + " " + path + " as " + user + ": " + response.getBody())
			.isNotEqualTo(500);
		return response;
	}

	static JsonNode json(ResponseEntity<String> response) throws Exception {
		return JSON.readTree(response.getBody());
	}

	static Map<String, Object> typed(Object value, String type) {
		return Map.of("value", value, "type", type);
	}

	static Date hoursFromNow(long hours) {
		return Date.from(Instant.now().plusSeconds(hours * 3600));
	}

	static String unique(String prefix) {
		return prefix + "-" + System.nanoTime();
	}

	/**
	 * A case already waiting at one of its user tasks, as another system or an earlier
	 * step would have left it. Started by the engine itself (no user), so every refusal
	 * below is about the caller alone.
	 */
	String caseAt(String processKey, String activityId, String businessKey, Map<String, Object> variables) {
		return runtimeService.createProcessInstanceByKey(processKey)
			.businessKey(businessKey)
			.setVariables(variables)
			.startBeforeActivity(activityId)
			.execute()
			.getId();
	}

	Task taskOf(String processInstanceId, String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	String overdueAgencyAction(String agency) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("agency", agency);
		variables.put("actionDescription", "Share GP records");
		variables.put("actionDueDate", hoursFromNow(-5));
		variables.put("escalationGroup", "marac-coordinator");
		variables.put("caseReference", unique("MARAC"));
		return caseAt("AgencyActionProcess", "Task_CompleteAgencyAction", unique("ACT"), variables);
	}

	String investigation() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("recordedAt", hoursFromNow(-24));
		variables.put("allocationDueAt", hoursFromNow(48));
		variables.put("crimeReference", unique("CR"));
		return caseAt("InvestigationProcess", "Task_AllocateInvestigation", unique("INV"), variables);
	}

	String offender(String businessKey) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("offenderName", "Secret Offender");
		variables.put("offenderAddress", "1 Hidden Road, Luton");
		variables.put("allocationDueAt", hoursFromNow(48));
		return caseAt("RsoManagementProcess", "Task_AllocateOffenderManager", businessKey, variables);
	}

	/**
	 * Logs in to the webapps as a person does and returns the session and CSRF headers
	 * for their API.
	 */
	HttpHeaders webappSession(String user) {
		Map<String, String> cookies = new java.util.LinkedHashMap<>();
		ResponseEntity<String> page = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, null,
				String.class);
		keepCookies(page, cookies);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", "demo");
		HttpHeaders formHeaders = sessionHeaders(cookies);
		formHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
				HttpMethod.POST, new HttpEntity<>(form, formHeaders), String.class);
		assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
		keepCookies(login, cookies);
		// The session changes at login, and with it the CSRF token: fetch the new one.
		cookies.remove("XSRF-TOKEN");
		ResponseEntity<String> api = rest.exchange("/camunda/api/engine/engine/default/task?maxResults=1",
				HttpMethod.GET, new HttpEntity<>(sessionHeaders(cookies)), String.class);
		assertThat(api.getStatusCode()).as(api.getBody()).isEqualTo(HttpStatus.OK);
		keepCookies(api, cookies);
		HttpHeaders session = sessionHeaders(cookies);
		session.setContentType(MediaType.APPLICATION_JSON);
		return session;
	}

	private static void keepCookies(ResponseEntity<?> response, Map<String, String> cookies) {
		for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
			String[] pair = cookie.split(";", 2)[0].split("=", 2);
			cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
		}
	}

	private static HttpHeaders sessionHeaders(Map<String, String> cookies) {
		HttpHeaders headers = new HttpHeaders();
		StringBuilder cookie = new StringBuilder();
		cookies.forEach(
				(name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		headers.add(HttpHeaders.COOKIE, cookie.toString());
		if (cookies.containsKey("XSRF-TOKEN")) {
			headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
		}
		return headers;
	}

	ResponseEntity<String> webapp(HttpHeaders session, HttpMethod method, String path, Object body) {
		ResponseEntity<String> response = rest.exchange("/camunda/api/engine/engine/default" + path, method,
				new HttpEntity<>(body, session), String.class);
		assertThat(response.getStatusCode().value()).as(method + " " + path + ": " + response.getBody())
			.isNotEqualTo(500);
		return response;
	}

	ResponseEntity<String> deploy(String user, String fileName, String xml) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", "security-test");
		parts.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBasicAuth(user, "demo");
		ResponseEntity<String> response = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
				new HttpEntity<>(parts, headers), String.class);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isNotEqualTo(500);
		return response;
	}

	/**
	 * A model that follows every convention; {@code body} is placed between its start and
	 * end events.
	 */
	static String model(String processId, String serviceTaskAttributes, String extra) {
		String task = serviceTaskAttributes == null ? ""
				: "<bpmn:serviceTask id=\"Task_Probe\" name=\"Probe\" " + serviceTaskAttributes + " />";
		String flowIn = serviceTaskAttributes == null ? "EndEvent_Done" : "Task_Probe";
		String flows = "<bpmn:sequenceFlow id=\"SequenceFlow_Start\" sourceRef=\"StartEvent_Start\" targetRef=\""
				+ flowIn + "\" />" + (serviceTaskAttributes == null ? ""
						: "<bpmn:sequenceFlow id=\"SequenceFlow_Done\" sourceRef=\"Task_Probe\" targetRef=\"EndEvent_Done\" />");
		String shapes = "<bpmndi:BPMNShape id=\"S1\" bpmnElement=\"StartEvent_Start\"><dc:Bounds x=\"0\" y=\"0\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>"
				+ "<bpmndi:BPMNShape id=\"S2\" bpmnElement=\"EndEvent_Done\"><dc:Bounds x=\"300\" y=\"0\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>"
				+ (serviceTaskAttributes == null ? ""
						: "<bpmndi:BPMNShape id=\"S3\" bpmnElement=\"Task_Probe\"><dc:Bounds x=\"100\" y=\"0\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>")
				+ "<bpmndi:BPMNEdge id=\"E1\" bpmnElement=\"SequenceFlow_Start\"><di:waypoint x=\"36\" y=\"18\" /><di:waypoint x=\"100\" y=\"18\" /></bpmndi:BPMNEdge>"
				+ (serviceTaskAttributes == null ? ""
						: "<bpmndi:BPMNEdge id=\"E2\" bpmnElement=\"SequenceFlow_Done\"><di:waypoint x=\"200\" y=\"18\" /><di:waypoint x=\"300\" y=\"18\" /></bpmndi:BPMNEdge>");
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
				  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				  id="Definitions_%1$s" targetNamespace="http://safeguard.test">
				  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D" camunda:versionTag="1">
				    <bpmn:startEvent id="StartEvent_Start" />
				    %2$s
				    %3$s
				    <bpmn:endEvent id="EndEvent_Done" />
				    %4$s
				  </bpmn:process>
				  <bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="%1$s">%5$s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
				</bpmn:definitions>
				"""
			.formatted(processId, task, extra == null ? "" : extra, flows, shapes)
			.strip();
	}

	// --- Shared by the feature suites (moved from AbstractApplicationIntegrationTests)
	// ---

	static Map<String, Object> actionVariables(String agency, String description) {
		return Map.of("variables",
				Map.of("agency", Map.of("value", agency), "actionDescription", Map.of("value", description),
						"actionDueDate", Map.of("value", "2030-01-31T17:00:00.000+0000", "type", "Date"),
						"escalationGroup", Map.of("value", "marac-coordinator"), "caseReference",
						Map.of("value", "MARAC-IT-" + Instant.now().toEpochMilli())));
	}

	static final java.time.format.DateTimeFormatter REST_DATE = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(java.time.ZoneOffset.UTC);

	static Map<String, Object> restDate(java.util.Date date) {
		return Map.of("value", REST_DATE.format(date.toInstant()), "type", "Date");
	}

	static Map<String, Object> restValue(Object value) {
		return Map.of("value", value);
	}

	static java.util.Date london(String localTime) {
		return java.util.Date.from(java.time.LocalDateTime.parse(localTime)
			.atZone(uk.org.safeguard.calendar.WorkingDays.ZONE)
			.toInstant());
	}

	static Map<String, Object> referralVariables(boolean withVoiceOfTheChild) {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("childId", restValue("C-IT-" + Instant.now().toEpochMilli()));
		v.put("childName", restValue("Amy Example"));
		v.put("childDateOfBirth", restValue("2014-05-05"));
		v.put("concernType", restValue("NEGLECT"));
		v.put("concernSummary", restValue("Found alone at home at night"));
		v.put("incidentAt", restDate(london("2026-12-16T21:00")));
		v.put("incidentLocation", restValue("12 High Street, Bedford"));
		v.put("immediateRisk", restValue(false));
		if (withVoiceOfTheChild) {
			v.put("childBehaviourAndDemeanour", restValue("Withdrawn and hungry"));
			v.put("childWords", restValue("Mum goes out at night"));
		}
		return Map.of("variables", v);
	}

	String singleTask(String user, String instanceId, String taskKey) throws Exception {
		JsonNode tasks = json(call(user, HttpMethod.GET,
				"/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey, null));
		assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	JsonNode taskJson(String user, String taskId) throws Exception {
		return json(call(user, HttpMethod.GET, "/engine-rest/task/" + taskId, null));
	}

	void completeAs(String user, String taskId, Map<String, Object> variables) {
		ResponseEntity<String> response = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", variables));
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/**
	 * Runs the instance's due asynchronous continuations as the job executor would, until
	 * none is left (one job may lead to the next).
	 */
	void runJobs(String instanceId) {
		for (int pass = 0; pass < 10; pass++) {
			var jobs = managementService.createJobQuery().processInstanceId(instanceId).executable().messages().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	String childInstance(String processKey, String parentId) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.variableValueEquals("parentProcessInstanceId", parentId)
			.singleResult()
			.getId();
	}

	static java.util.Date dueOf(JsonNode task) {
		return java.util.Date.from(java.time.OffsetDateTime
			.parse(task.get("due").asText(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
			.toInstant());
	}

	static HttpHeaders basic(String user, String password) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		return headers;
	}

}
