package uk.org.safeguard.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import uk.org.safeguard.support.SharedVariables;

/**
 * Creates groups, authorizations, shared Tasklist filters and (in demo mode) demo users
 * at start-up. Every step checks before it creates, so restarts and several nodes
 * starting together add nothing twice.
 */
@Component
class IdentitySetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	private static final List<String> SUPERVISORS_WITH_COCKPIT = List.of(SafeguardGroups.POLICE_DS,
			SafeguardGroups.POLICE_DI, SafeguardGroups.POLICE_DCI, SafeguardGroups.POLICE_SUPERINTENDENT,
			SafeguardGroups.POLICE_INSPECTOR, SafeguardGroups.POLICE_CUSTODY_INSPECTOR,
			SafeguardGroups.CSC_TEAM_MANAGER, SafeguardGroups.CSC_SERVICE_MANAGER, SafeguardGroups.MARAC_COORDINATOR,
			SafeguardGroups.PROCESS_OWNER);

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	private final TaskService taskService;

	private final IdentityProperties properties;

	private final List<ProcessAccess> processAccess;

	IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
			FilterService filterService, TaskService taskService, IdentityProperties properties,
			List<ProcessAccess> processAccess) {
		this.processAccess = processAccess;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
		this.properties = properties;
	}

	/**
	 * What each group is granted, collected first so each row is written once with
	 * exactly these rights.
	 */
	private final Map<List<Object>, java.util.Set<Permission>> grants = new LinkedHashMap<>();

	@Override
	public void run(ApplicationArguments args) {
		SafeguardGroups.ALL.forEach(this::ensureGroup);
		grants.clear();
		grantAdministrators();
		grantApplications();
		grantProcessAccess();
		grantProcessOwners();
		grants.forEach((key, permissions) -> save((String) key.get(0), (Resource) key.get(1), (String) key.get(2),
				permissions.toArray(Permission[]::new)));
		ensureSharedFilters();
		if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
			ensureUser(properties.adminUser(), properties.adminPassword(), SafeguardGroups.ADMIN);
		}
		if (properties.demoUsers()) {
			SafeguardGroups.ALL.stream()
				.filter(g -> !g.equals(SafeguardGroups.ADMIN))
				.forEach(g -> ensureUser(SafeguardGroups.demoUserOf(g), "demo", g));
			log.warn("Demo mode: demo users with password 'demo' exist. Never use demo mode with real data.");
		}
	}

	private void ensureGroup(String groupId) {
		String name = SafeguardGroups.NAMES.getOrDefault(groupId, groupId);
		Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
		if (group == null) {
			group = identityService.newGroup(groupId);
			group.setName(name);
			group.setType(SafeguardGroups.typeOf(groupId));
			identityService.saveGroup(group);
		}
		else if (!name.equals(group.getName())) {
			// Groups of an older version were named by their ids.
			group.setName(name);
			identityService.saveGroup(group);
		}
	}

	private void ensureUser(String userId, String password, String groupId) {
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName(userId);
			user.setLastName("(" + groupId + ")");
			user.setPassword(password);
			identityService.saveUser(user);
		}
		if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			identityService.createMembership(userId, groupId);
		}
	}

	private void grantAdministrators() {
		for (Resources resource : Resources.values()) {
			grant(SafeguardGroups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
	}

	private void grantApplications() {
		for (String group : SafeguardGroups.CASEWORK) {
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		}
		for (String group : SUPERVISORS_WITH_COCKPIT) {
			grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		}
	}

	private void grantProcessAccess() {
		processAccess.forEach(access -> {
			String processKey = access.processKey();
			access.readers().forEach(g -> grant(g, Resources.PROCESS_DEFINITION, processKey, Permissions.READ));
			for (String group : access.starters()) {
				grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
						ProcessDefinitionPermissions.CREATE_INSTANCE);
				grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
			}
			for (String group : access.supervisors()) {
				// Supervisors also send the case's messages (travel notified, child
				// found, …).
				grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
						ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
						ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_INSTANCE);
			}
		});
	}

	/**
	 * Process owners deploy models and move running cases to new versions; nobody else
	 * deploys. They read no case data (SPEC section 7): no instance, history or task
	 * permission on any process.
	 */
	private void grantProcessOwners() {
		String group = SafeguardGroups.PROCESS_OWNER;
		grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ);
		grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
				ProcessDefinitionPermissions.MIGRATE_INSTANCE);
		grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
		grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
		grant(group, Resources.BATCH, Authorization.ANY,
				org.camunda.bpm.engine.authorization.BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		grants.computeIfAbsent(List.of(groupId, resource, resourceId), key -> new java.util.LinkedHashSet<>())
			.addAll(java.util.Arrays.asList(permissions));
	}

	/**
	 * Writes one grant with exactly these permissions, so a right removed here is removed
	 * on the next start.
	 */
	private void save(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization authorization = existing != null ? existing
				: authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		int wanted = java.util.Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
		if (existing instanceof org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity entity
				&& entity.getPermissions() == wanted) {
			return;
		}
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.setPermissions(permissions);
		authorizationService.saveAuthorization(authorization);
	}

	private static final List<Map<String, String>> DISPLAY_VARIABLES = List.of(
			Map.of("name", "caseSubject", "label", "About"),
			Map.of("name", SharedVariables.CASE_REFERENCE, "label", "Case"),
			Map.of("name", "escalatedTaskName", "label", "Missed task"));

	private void ensureSharedFilters() {
		ensureFilter("My tasks", -10, "Tasks assigned to me",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensureFilter("My groups — unassigned", -5, "Unclaimed tasks for my groups",
				taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskUnassigned());
		// "Mine or my groups'" first: the database narrows by identity link before it
		// checks due dates and
		// authorizations, which keeps these lists fast with many open tasks
		// (docs/performance.md).
		ensureFilter("Overdue", 0, "My and my groups' tasks past their due date",
				mineOrMyGroups().dueBeforeExpression("${now()}"));
		ensureFilter("Due today", 5, "My and my groups' tasks due before midnight",
				mineOrMyGroups().dueAfterExpression("${dateTime().withTimeAtStartOfDay().toDate()}")
					.dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"));
		ensureFilter("Escalations", 10, "Tasks for me or my groups because another task passed its deadline",
				mineOrMyGroups().taskVariableValueLike("escalationOf", "%"));
	}

	private TaskQuery mineOrMyGroups() {
		return taskService.createTaskQuery()
			.or()
			.taskCandidateGroupInExpression("${currentUserGroups()}")
			.taskAssigneeExpression("${currentUser()}")
			.endOr();
	}

	/**
	 * Creates the shared filter, or brings an existing one up to date with this code
	 * (same id and grants).
	 */
	private void ensureFilter(String name, int priority, String description, TaskQuery query) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		// Every list names the case and whom it is about (task-local copies made by
		// TaskDisplayPlugin) and, for an escalation, the task that was missed; soonest
		// deadline first.
		query.orderByDueDate().asc();
		if (filter != null) {
			Map<String, Object> props = new LinkedHashMap<>(filter.getProperties());
			props.put("description", description);
			props.put("variables", DISPLAY_VARIABLES);
			filterService.saveFilter(filter.setQuery(query).setProperties(props));
		}
		if (filter == null) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("priority", priority);
			props.put("description", description);
			props.put("refresh", true);
			props.put("variables", DISPLAY_VARIABLES);
			filter = filterService.newTaskFilter(name).setQuery(query).setProperties(props);
			filterService.saveFilter(filter);
		}
		// A global authorization: every user, present and future, can read the shared
		// filter.
		if (authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(Resources.FILTER)
			.resourceId(filter.getId())
			.count() == 0) {
			Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			everyone.setUserId(Authorization.ANY);
			everyone.setResource(Resources.FILTER);
			everyone.setResourceId(filter.getId());
			everyone.addPermission(Permissions.READ);
			authorizationService.saveAuthorization(everyone);
		}
	}

}
