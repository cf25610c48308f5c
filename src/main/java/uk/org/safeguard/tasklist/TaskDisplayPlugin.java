package uk.org.safeguard.tasklist;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import uk.org.safeguard.support.ParseListeners;
import uk.org.safeguard.support.SharedVariables;

/**
 * Every task says which case and whom it is about (issue 19: 34 identical "Review
 * investigation" cards). When a task is created it gets task-local copies of the case
 * reference and the name of the person the case is about; the shared Tasklist filters
 * show them in every list. Task-local, so whoever may see the task may read them,
 * whatever they may read of the case.
 */
public class TaskDisplayPlugin extends AbstractProcessEnginePlugin {

	/** The case, as the Tasklist lists show it. */
	public static final String CASE_REFERENCE = SharedVariables.CASE_REFERENCE;

	/**
	 * Whom the case is about: the child, or the victim or offender where there is none.
	 */
	public static final String CASE_SUBJECT = "caseSubject";

	/** Where each process keeps the name of the person its case is about, in order. */
	private static final List<String> SUBJECT_NAMES = List.of(SharedVariables.CHILD_NAME, "victimName", "offenderName");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, TaskDisplayPlugin::label);
			}
		});
	}

	static void label(DelegateTask task) {
		Object reference = task.getVariable(CASE_REFERENCE);
		if (reference == null) {
			reference = task.getExecution() != null ? task.getExecution().getProcessBusinessKey() : null;
		}
		if (reference != null) {
			task.setVariableLocal(CASE_REFERENCE, reference.toString());
		}
		for (String name : SUBJECT_NAMES) {
			if (task.getVariable(name) instanceof String subject && !subject.isBlank()) {
				task.setVariableLocal(CASE_SUBJECT, subject);
				return;
			}
		}
	}

}
