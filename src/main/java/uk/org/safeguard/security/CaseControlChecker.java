package uk.org.safeguard.security;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;

import uk.org.safeguard.identity.SafeguardGroups;

/**
 * SPEC section 7 "work, not control": an extra engine {@link CommandChecker}, run beside
 * Camunda's own authorization checks on every path (REST, webapps, Java API). It only
 * ever refuses. For a signed-in user who is not an administrator it refuses everything
 * that changes how a case runs: modifying, signalling, suspending, deleting or restarting
 * instances; executing, re-timing or retrying jobs; writing process or task variables
 * outside a task completion; assigning tasks or claiming them for someone else. Message
 * correlation stays allowed where Camunda's authorizations allow it (supervisors send the
 * case's messages). The engine itself (no authentication: job executor, delegates) is
 * never limited.
 */
final class CaseControlChecker implements InvocationHandler {

	/** Checks that guard control of a case; each is refused for non-administrators. */
	private static final Set<String> CONTROL = Set.of("checkUpdateProcessInstance", "checkUpdateProcessInstanceById",
			"checkUpdateProcessInstanceVariables", "checkUpdateProcessInstanceSuspensionStateById",
			"checkUpdateProcessInstanceSuspensionStateByProcessDefinitionId",
			"checkUpdateProcessInstanceSuspensionStateByProcessDefinitionKey",
			"checkUpdateProcessInstanceByProcessDefinitionId", "checkUpdateProcessInstanceByProcessDefinitionKey",
			"checkUpdateRetriesProcessInstanceByProcessDefinitionId", "checkUpdateProcessDefinitionById",
			"checkUpdateProcessDefinitionByKey", "checkUpdateProcessDefinitionSuspensionStateById",
			"checkUpdateProcessDefinitionSuspensionStateByKey", "checkDeleteProcessInstance",
			"checkDeleteProcessDefinitionById", "checkDeleteProcessDefinitionByKey", "checkUpdateJob",
			"checkUpdateRetriesJob", "checkUpdateTaskVariable", "checkTaskAssign", "checkDeleteTask", "checkCreateTask",
			"checkDeleteHistoricProcessInstance", "checkDeleteHistoricTaskInstance",
			"checkDeleteHistoricVariableInstance", "checkDeleteHistoricVariableInstancesByProcessInstance",
			"checkDeleteHistoricDecisionInstance", "checkDeleteUserOperationLog", "checkUpdateUserOperationLog",
			"checkSuspendBatch", "checkActivateBatch", "checkDeleteBatch", "checkDeleteHistoricBatch",
			"checkUpdateCaseInstance");

	private static final Field CLAIM_USER_ID = field(ClaimTaskCmd.class, "userId");

	private CaseControlChecker() {
	}

	static CommandChecker create() {
		return (CommandChecker) Proxy.newProxyInstance(CaseControlChecker.class.getClassLoader(),
				new Class<?>[] { CommandChecker.class }, new CaseControlChecker());
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return method.invoke(this, args);
		}
		Authentication user = restrictedUser();
		if (user == null) {
			return null;
		}
		String name = method.getName();
		Object command = currentCommand();
		if (name.equals("checkUpdateProcessInstanceById") && command instanceof AbstractCorrelateMessageCmd) {
			return null;
		}
		if (name.equals("checkCreateBatch") && args[0] != BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES) {
			throw refused(user, "start batch operations on cases");
		}
		if (name.equals("checkTaskWork") && command instanceof ClaimTaskCmd claim) {
			Object claimant = CLAIM_USER_ID.get(claim);
			if (claimant != null && !claimant.equals(user.getUserId())) {
				throw refused(user, "claim a task for somebody else");
			}
		}
		if (CONTROL.contains(name)) {
			throw refused(user, "change how a case runs (" + name.substring("check".length()) + ")");
		}
		return null;
	}

	/** The signed-in user whose commands are limited, or null when nothing is limited. */
	private static Authentication restrictedUser() {
		CommandContext context = Context.getCommandContext();
		if (context == null || !context.isAuthorizationCheckEnabled()
				|| !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
			return null;
		}
		Authentication authentication = context.getAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			return null;
		}
		if (authentication.getGroupIds() != null && authentication.getGroupIds().contains(SafeguardGroups.ADMIN)) {
			return null;
		}
		return authentication;
	}

	private static Object currentCommand() {
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		return invocation != null ? invocation.getCommand() : null;
	}

	private static AuthorizationException refused(Authentication user, String what) {
		return new AuthorizationException("User '" + user.getUserId() + "' may not " + what
				+ ": only administrators control cases (SPEC section 7)");
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
