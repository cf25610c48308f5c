package uk.org.safeguard.escalation;

import java.util.Set;

import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Closes the open escalation tasks of a task that has been completed (SPEC section 8: "an
 * escalation task closes itself when the task it chases is completed"). The job's
 * configuration is the completed task's key; it runs as the engine, because the person
 * who completed the task may not control the case (SPEC section 7).
 */
class CloseEscalationsJobHandler implements JobHandler<CloseEscalationsJobHandler.ChasedTask> {

	static final String TYPE = "safeguard-close-escalations";

	record ChasedTask(String taskKey) implements JobHandlerConfiguration {

		@Override
		public String toCanonicalString() {
			return taskKey;
		}

	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(ChasedTask configuration, ExecutionEntity instance, CommandContext commandContext,
			String tenantId) {
		if (instance == null || instance.isEnded()) {
			return;
		}
		Set<String> chasers = EscalationPlugin.chasersOf(instance.getProcessDefinition(), configuration.taskKey());
		ProcessInstanceModificationBuilderImpl modification = new ProcessInstanceModificationBuilderImpl(commandContext,
				instance.getProcessInstanceId(), "chased task completed");
		boolean any = false;
		for (String chaser : chasers) {
			if (anyActive(instance, Set.of(chaser))) {
				modification.cancelAllForActivity(chaser);
				any = true;
			}
		}
		if (any) {
			modification.setSkipIoMappings(true);
			commandContext.runWithoutAuthorization(new ModifyProcessInstanceCmd(modification, false));
		}
	}

	/** Whether any execution of the instance is at one of the activities. */
	static boolean anyActive(ExecutionEntity execution, Set<String> activityIds) {
		if (execution.getActivityId() != null && activityIds.contains(execution.getActivityId())) {
			return true;
		}
		for (ExecutionEntity child : execution.getExecutions()) {
			if (anyActive(child, activityIds)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public ChasedTask newConfiguration(String canonicalString) {
		return new ChasedTask(canonicalString);
	}

	@Override
	public void onDelete(ChasedTask configuration, JobEntity jobEntity) {
	}

}
