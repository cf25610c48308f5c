package uk.org.safeguard.compliance;

import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.support.ParseListeners;
import uk.org.safeguard.support.SharedVariables;

/**
 * Feeds {@link TaskDeadlines} from every user task of every process, in the task's own
 * transaction: a task with a due date (and every escalation task) is recorded when it is
 * created or re-dated, and closed when it completes or is cancelled (the case ended, a
 * terminate end event, a migration).
 */
public class DeadlineTrackingPlugin extends AbstractProcessEnginePlugin {

	private final Supplier<TaskDeadlines> deadlines;

	public DeadlineTrackingPlugin(Supplier<TaskDeadlines> deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				TaskListener opened = task -> opened(task, activity);
				definition.addTaskListener(TaskListener.EVENTNAME_CREATE, opened);
				definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, opened);
				definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE,
						task -> deadlines.get().completed(task.getId(), ClockUtil.getCurrentTime()));
				definition.addTaskListener(TaskListener.EVENTNAME_DELETE,
						task -> deadlines.get().cancelled(task.getId(), ClockUtil.getCurrentTime()));
			}

			private void opened(DelegateTask task, ActivityImpl activity) {
				// Escalation tasks are recorded too, with or without a due date: they
				// count escalations fired.
				String escalationOf = EscalationPlugin.overdueTaskOf(activity);
				if (task.getDueDate() == null && escalationOf == null) {
					return;
				}
				String processKey = ((ProcessDefinitionEntity) ((org.camunda.bpm.engine.impl.persistence.entity.TaskEntity) task)
					.getProcessDefinition()).getKey();
				String group = task.getCandidates()
					.stream()
					.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
					.map(IdentityLink::getGroupId)
					.sorted()
					.findFirst()
					.orElse(task.getAssignee() != null ? "assignee" : null);
				Object team = task.getVariable(SharedVariables.TEAM);
				if (team == null) {
					team = task.getVariable(SharedVariables.AGENCY);
				}
				Date created = task.getCreateTime() != null ? task.getCreateTime() : ClockUtil.getCurrentTime();
				deadlines.get()
					.opened(new TaskDeadlines.Row(task.getId(), task.getProcessInstanceId(), processKey,
							task.getTaskDefinitionKey(), group, team == null ? null : team.toString(), created,
							task.getDueDate(), escalationOf));
			}
		});
	}

}
