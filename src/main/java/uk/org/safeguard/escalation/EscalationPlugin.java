package uk.org.safeguard.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import uk.org.safeguard.support.ParseListeners;

/**
 * The shared escalation mechanism (SPEC section 2). A model escalates a task by attaching
 * a non-interrupting timer at the task's due date whose flow leads straight to a user
 * task for the next level; this plugin recognises that shape and marks every such task
 * with the task-local variable {@code escalationOf} = the overdue task's key, which the
 * "Escalations" filter and the reports read. When the chased task is completed, its open
 * escalations (and theirs, up the chain) close themselves (SPEC section 8).
 */
@SuppressWarnings("rawtypes")
public class EscalationPlugin extends AbstractProcessEnginePlugin {

	public static final String ESCALATION_OF = "escalationOf";

	/**
	 * What the person escalated to did about the overdue task: required to complete every
	 * escalation task, whichever process it is in.
	 */
	public static final String ESCALATION_NOTES = "escalationNotes";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				markEscalationTasks(processDefinition, processDefinition);
			}
		});
		List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomJobHandlers());
		handlers.add(new CloseEscalationsJobHandler());
		configuration.setCustomJobHandlers(handlers);
	}

	private static void markEscalationTasks(ScopeImpl scope, ProcessDefinitionEntity definition) {
		for (ActivityImpl activity : scope.getActivities()) {
			String overdueTask = overdueTaskOf(activity);
			if (overdueTask != null) {
				String overdueTaskName = definition.findActivity(overdueTask) != null
						? (String) definition.findActivity(overdueTask).getName() : overdueTask;
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
						task.setVariableLocal(ESCALATION_OF, overdueTask);
						EscalationDetails.describe(task, overdueTask, overdueTaskName);
					});
			}
			Set<String> chasers = chasersOf(definition, activity.getId());
			if (!chasers.isEmpty()) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> closeChasesLater(task, chasers));
			}
			markEscalationTasks(activity, definition);
		}
	}

	/**
	 * Every escalation task that chases the given task, directly or up the chain (SPEC
	 * section 8).
	 */
	static Set<String> chasersOf(ScopeImpl definition, String taskKey) {
		Set<String> chasers = new LinkedHashSet<>();
		collectChasers(definition, taskKey, chasers);
		return chasers;
	}

	private static void collectChasers(ScopeImpl definition, String taskKey, Set<String> chasers) {
		for (ActivityImpl activity : allActivities(definition)) {
			if (taskKey.equals(overdueTaskOf(activity)) && chasers.add(activity.getId())) {
				collectChasers(definition, activity.getId(), chasers);
			}
		}
	}

	private static List<ActivityImpl> allActivities(ScopeImpl scope) {
		List<ActivityImpl> all = new ArrayList<>();
		for (ActivityImpl activity : scope.getActivities()) {
			all.add(activity);
			all.addAll(allActivities(activity));
		}
		return all;
	}

	/**
	 * The chased task is done, so its chases are moot: close them. Not here, in the
	 * middle of the task's completion, but in a job of their own just after it, and only
	 * when a chase is open.
	 */
	private static void closeChasesLater(DelegateTask task, Set<String> chasers) {
		ExecutionEntity instance = ((ExecutionEntity) task.getExecution()).getProcessInstance();
		if (!CloseEscalationsJobHandler.anyActive(instance, chasers)) {
			return;
		}
		MessageEntity job = new MessageEntity();
		job.setJobHandlerType(CloseEscalationsJobHandler.TYPE);
		job.setJobHandlerConfigurationRaw(task.getTaskDefinitionKey());
		job.setExecution(instance);
		Context.getCommandContext().getJobManager().send(job);
	}

	/** The key of the task whose deadline timer leads to this user task, or null. */
	public static String overdueTaskOf(ActivityImpl activity) {
		if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior)) {
			return null;
		}
		for (PvmTransition incoming : activity.getIncomingTransitions()) {
			ActivityImpl source = (ActivityImpl) incoming.getSource();
			if ("boundaryTimer".equals(source.getProperty("type"))
					&& source.getEventScope() instanceof ActivityImpl attachedTo
					&& "userTask".equals(attachedTo.getProperty("type"))) {
				return attachedTo.getId();
			}
		}
		return null;
	}

}
