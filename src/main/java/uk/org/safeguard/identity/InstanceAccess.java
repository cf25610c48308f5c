package uk.org.safeguard.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Need-to-know grants on one case: lets a named officer or a group read a process
 * instance and its history (variables, status, outcome) without reading every instance of
 * that process.
 */
public final class InstanceAccess {

	private InstanceAccess() {
	}

	public static void grantUserRead(AuthorizationService authorizations, String processInstanceId, String userId) {
		grant(authorizations, processInstanceId, userId, null);
	}

	public static void grantGroupRead(AuthorizationService authorizations, String processInstanceId, String groupId) {
		grant(authorizations, processInstanceId, null, groupId);
	}

	private static void grant(AuthorizationService authorizations, String processInstanceId, String userId,
			String groupId) {
		save(authorizations, Resources.PROCESS_INSTANCE, Permissions.READ, processInstanceId, userId, groupId);
		save(authorizations, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ,
				processInstanceId, userId, groupId);
	}

	private static void save(AuthorizationService authorizations, Resource resource, Permission permission,
			String resourceId, String userId, String groupId) {
		Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		read.setUserId(userId);
		read.setGroupId(groupId);
		read.setResource(resource);
		read.setResourceId(resourceId);
		read.addPermission(permission);
		authorizations.saveAuthorization(read);
	}

}
