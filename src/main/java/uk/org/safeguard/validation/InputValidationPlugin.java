package uk.org.safeguard.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.support.ParseListeners;

/**
 * Attaches each process's {@link InputRules} to its start event and user tasks while the
 * model is parsed, so no model (and no redeployment by a process owner) can skip
 * validation.
 */
public class InputValidationPlugin extends AbstractProcessEnginePlugin {

	private final Map<String, InputRules> rulesByProcess;

	private final InputLimits limits;

	public InputValidationPlugin(List<InputRules> rules) {
		this(rules, InputLimits.defaults());
	}

	public InputValidationPlugin(List<InputRules> rules, InputLimits limits) {
		this.rulesByProcess = rules.stream().collect(Collectors.toMap(InputRules::processKey, Function.identity()));
		this.limits = limits;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ParseListeners.addAfterEngine(configuration, new ParseListener());
		if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPreCommandInterceptorsTxRequired(new java.util.ArrayList<>());
		}
		configuration.getCustomPreCommandInterceptorsTxRequired().add(new UnwrapInvalidInput());
	}

	/**
	 * The engine wraps an exception from a listener in its own ("ENGINE-03051 …
	 * TaskListener"); this gives the caller the {@link InvalidInputException} itself, so
	 * every REST path answers 400 with its message.
	 */
	static final class UnwrapInvalidInput extends org.camunda.bpm.engine.impl.interceptor.CommandInterceptor {

		@Override
		public <T> T execute(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (org.camunda.bpm.engine.ProcessEngineException ex) {
				InvalidInputException invalid = RestExceptionMapping.invalidInputIn(ex);
				if (invalid == null) {
					throw ex;
				}
				// A form submitted from the Tasklist is read by a person: name the fields
				// by their labels.
				throw invalid.rethrown(command instanceof org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd);
			}
		}

	}

	private static String keyOf(ActivityImpl activity) {
		return ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
	}

	private final class ParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
			InputRules rules = rulesByProcess.get(keyOf(startEvent));
			// Only the process's own start event: event subprocesses start with different
			// data.
			if (rules != null && scope == startEvent.getProcessDefinition()) {
				startEvent.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
					DateInputs.coerce(execution, rules.dateVariables());
					Violations violations = new Violations(execution);
					limits.check(execution, rules.jsonListVariables(), violations);
					rules.checkStart(violations);
					violations.throwIfAny();
				});
			}
		}

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			InputRules rules = rulesByProcess.get(keyOf(activity));
			if (rules != null) {
				String taskKey = activity.getId();
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
						DateInputs.coerce(task, rules.dateVariables());
						rules.normalize(taskKey, task);
						Violations violations = new Violations(task);
						limits.check(task, rules.jsonListVariables(), violations);
						if (task.getVariableLocal(EscalationPlugin.ESCALATION_OF) != null) {
							violations.requireText(EscalationPlugin.ESCALATION_NOTES);
						}
						rules.checkCompletion(taskKey, violations);
						violations.throwIfAny(FormLabels.of(task));
					});
			}
		}

	}

}
