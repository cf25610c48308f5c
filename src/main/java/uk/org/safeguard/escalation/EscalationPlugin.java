package uk.org.safeguard.escalation;

import org.camunda.bpm.engine.delegate.TaskListener;
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
 * "Escalations" filter and the reports read.
 */
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
				markEscalationTasks(processDefinition);
			}
		});
	}

	private static void markEscalationTasks(ScopeImpl scope) {
		for (ActivityImpl activity : scope.getActivities()) {
			String overdueTask = overdueTaskOf(activity);
			if (overdueTask != null) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE,
							task -> task.setVariableLocal(ESCALATION_OF, overdueTask));
			}
			markEscalationTasks(activity);
		}
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
