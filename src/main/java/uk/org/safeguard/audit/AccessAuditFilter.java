package uk.org.safeguard.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.org.safeguard.support.SharedVariables;

/**
 * Records every request that reads or acts on case data, and every refusal, on each path
 * to it: the REST API ({@code /engine-rest}), the webapps' own engine API
 * ({@code /camunda/api/engine}, which the Tasklist and Cockpit use) and Safeguard's API
 * ({@code /api}, including the timeline and exports). It wraps the authentication
 * filters, so refused logins are recorded too; which case a request touched is worked out
 * afterwards from its path and parameters, as the engine (the caller's rights play no
 * part in the lookup).
 */
class AccessAuditFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccessAuditFilter.class);

	/**
	 * Set by {@link UserCapture} inside the authentication filters: who the request ran
	 * as.
	 */
	static final String USER_ATTRIBUTE = AccessAuditFilter.class.getName() + ".user";

	private static final Pattern ENGINE_PREFIX = Pattern
		.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)?$");

	private static final String ID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

	private static final Pattern INSTANCE = Pattern.compile("/process-instance/" + ID + "(?:/|$)");

	private static final Pattern TASK = Pattern.compile("/task/" + ID + "(?:/|$)");

	private static final Pattern EXECUTION = Pattern.compile("/execution/" + ID + "(?:/|$)");

	private static final Pattern JOB = Pattern.compile("/job/" + ID + "(?:/|$)");

	private static final Pattern CHILD = Pattern.compile("^/api/children/([^/]+)/.*");

	/**
	 * Engine resources that hold case data; requests elsewhere (definitions, identity)
	 * are recorded only if refused.
	 */
	private static final List<String> CASE_RESOURCES = List.of("/task", "/process-instance", "/history",
			"/variable-instance", "/execution", "/job", "/message", "/signal", "/incident", "/external-task",
			"/filter");

	private final AccessAudit audit;

	private final IdentityService identityService;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final ManagementService managementService;

	AccessAuditFilter(AccessAudit audit, IdentityService identityService, RuntimeService runtimeService,
			TaskService taskService, HistoryService historyService, ManagementService managementService) {
		this.audit = audit;
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.managementService = managementService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			try {
				recordIfAudited(request, response.getStatus());
			}
			catch (RuntimeException ex) {
				log.error("Could not write the access audit for {} {}", request.getMethod(), request.getRequestURI(),
						ex);
			}
		}
	}

	private void recordIfAudited(HttpServletRequest request, int status) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean refused = status == 401 || status == 403;
		String resource = resourceOf(path);
		boolean caseData = resource != null ? CASE_RESOURCES.stream().anyMatch(resource::startsWith)
				: (path.startsWith("/api/") && !path.equals("/api/me") && !path.startsWith("/api/openapi"))
						|| path.startsWith("/camunda/api/cockpit/plugin/");
		if (!caseData && !refused) {
			return;
		}
		Authentication current = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			String processInstanceId = caseOf(resource != null ? resource : path, request);
			String childId = childOf(path, request, processInstanceId);
			AccessAudit.Outcome outcome = status < 400 ? AccessAudit.Outcome.ALLOWED
					: refused || (status == 404 && processInstanceId != null) ? AccessAudit.Outcome.REFUSED
							: AccessAudit.Outcome.FAILED;
			String query = request.getQueryString();
			audit.record(new AccessAudit.Entry(null, ClockUtil.getCurrentTime().toInstant(), userOf(request),
					request.getMethod(), query == null ? path : path + "?" + query, processInstanceId, childId, outcome,
					status));
		}
		finally {
			if (current != null) {
				identityService.setAuthentication(current);
			}
		}
	}

	/**
	 * The engine resource of a REST path ("/task/…"), or null for a path outside the
	 * engine APIs.
	 */
	static String resourceOf(String path) {
		Matcher m = ENGINE_PREFIX.matcher(path);
		if (!m.matches()) {
			return null;
		}
		return m.group(2) == null ? "/" : m.group(2);
	}

	private String caseOf(String resource, HttpServletRequest request) {
		Matcher m;
		if ((m = INSTANCE.matcher(resource)).find()) {
			return m.group(1);
		}
		if ((m = TASK.matcher(resource)).find()) {
			Task task = taskService.createTaskQuery().taskId(m.group(1)).singleResult();
			if (task != null) {
				return task.getProcessInstanceId();
			}
			HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery()
				.taskId(m.group(1))
				.singleResult();
			return done == null ? null : done.getProcessInstanceId();
		}
		if ((m = EXECUTION.matcher(resource)).find()) {
			Execution execution = runtimeService.createExecutionQuery().executionId(m.group(1)).singleResult();
			return execution == null ? null : execution.getProcessInstanceId();
		}
		if ((m = JOB.matcher(resource)).find()) {
			Job job = managementService.createJobQuery().jobId(m.group(1)).singleResult();
			return job == null ? null : job.getProcessInstanceId();
		}
		for (String parameter : List.of("processInstanceId", "processInstanceIdIn", "processInstanceIds")) {
			String value = request.getParameter(parameter);
			if (value != null && !value.isBlank()) {
				return value.split(",")[0].strip();
			}
		}
		return null;
	}

	private String childOf(String path, HttpServletRequest request, String processInstanceId) {
		Matcher m = CHILD.matcher(path);
		if (m.matches()) {
			return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
		}
		if (path.startsWith("/api/") && request.getParameter(SharedVariables.CHILD_ID) != null) {
			return request.getParameter(SharedVariables.CHILD_ID);
		}
		if (processInstanceId == null) {
			return null;
		}
		HistoricVariableInstance child = historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(SharedVariables.CHILD_ID)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		return child != null && child.getValue() instanceof String id ? id : null;
	}

	/**
	 * Who made the request: as authenticated, else the webapp session's user, else the
	 * name a refused login gave.
	 */
	private static String userOf(HttpServletRequest request) {
		if (request.getAttribute(USER_ATTRIBUTE) instanceof String user) {
			return user;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			Authentications authentications = org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil
				.getAuthsFromSession(session);
			if (authentications != null && !authentications.getAuthentications().isEmpty()) {
				return authentications.getAuthentications().get(0).getName();
			}
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon > 0 ? decoded.substring(0, colon) + " (login refused)" : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Notes the authenticated user for the audit while the authentication filters have it
	 * set.
	 */
	static final class UserCapture extends OncePerRequestFilter {

		private final IdentityService identityService;

		UserCapture(IdentityService identityService) {
			this.identityService = identityService;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = identityService.getCurrentAuthentication();
			if (authentication != null) {
				request.setAttribute(USER_ATTRIBUTE, authentication.getUserId());
			}
			chain.doFilter(request, response);
		}

	}

}
