package uk.org.safeguard.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;

/**
 * The engine switches behind SPEC section 7, set in one place for the application and the
 * engine tests.
 * <ul>
 * <li>Candidates get {@code TASK_WORK} (claim, complete) on their tasks instead of
 * {@code UPDATE} (which would let them move the due date, rename or hand on the
 * task).</li>
 * <li>{@link CaseControlChecker} refuses control of cases to everybody but
 * administrators.</li>
 * <li>A job execution refused for lack of rights leaves the job as it was: without this
 * the engine counts the refusal as a failure, and three refusals would use up the retries
 * of an escalation timer.</li>
 * <li>Failed logins slow further attempts but never lock an account for good, so nobody
 * can lock out somebody else by guessing their password.</li>
 * <li>Task candidates get no read on the case's history
 * ({@link CaseAuthorizationProvider}).</li>
 * <li>Long texts are stored whole ({@link LongStringSerializer}).</li>
 * </ul>
 */
public class SecurityPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
		configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
		configuration.setLoginDelayBase(2);
		configuration.setLoginDelayFactor(2);
		configuration.setLoginDelayMaxTime(60);
		configuration.setFailedJobCommandFactory(new RefusalKeepsRetries());
		configuration.setValueTypeResolver(new uk.org.safeguard.validation.SafeValueTypes());
		configuration.setResourceAuthorizationProvider(new CaseAuthorizationProvider());
		if (configuration.getCustomPreVariableSerializers() == null) {
			configuration.setCustomPreVariableSerializers(new ArrayList<>());
		}
		configuration.getCustomPreVariableSerializers().add(new LongStringSerializer());
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getCommandCheckers().add(CaseControlChecker.create());
	}

	static final class RefusalKeepsRetries implements FailedJobCommandFactory {

		@Override
		public Command<Object> getCommand(String jobId, Throwable exception) {
			if (exception instanceof AuthorizationException) {
				return commandContext -> null;
			}
			return new DefaultJobRetryCmd(jobId, exception);
		}

	}

}
