package uk.org.safeguard.modelling;

import uk.org.safeguard.support.ParseListeners;
import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Procedures as versions: every deployment is checked against the modelling conventions,
 * and every case records the procedure it started under in {@code procedureVersion} ("key
 * v3 (versionTag 1.2.0)").
 */
public class ModellingPlugin extends AbstractProcessEnginePlugin {

	public static final String PROCEDURE_VERSION = "procedureVersion";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreDeployers() == null) {
			configuration.setCustomPreDeployers(new ArrayList<>());
		}
		// The beans a model may call are the ones the engine's expression resolver
		// exposes.
		configuration.getCustomPreDeployers()
			.add(new ConventionCheckingDeployer(() -> configuration.getBeans() == null ? java.util.Set.of()
					: configuration.getBeans()
						.keySet()
						.stream()
						.map(String::valueOf)
						.collect(java.util.stream.Collectors.toSet())));
		ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
				if (scope instanceof ProcessDefinitionEntity definition) {
					startEvent.addListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) execution -> execution.setVariable(PROCEDURE_VERSION,
									definition.getKey() + " v" + definition.getVersion() + " (versionTag "
											+ definition.getVersionTag() + ")"));
				}
			}
		});
	}

}
