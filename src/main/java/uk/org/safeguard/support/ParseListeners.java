package uk.org.safeguard.support;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds a parse listener that runs after the engine's own, for Safeguard's engine plugins.
 */
public final class ParseListeners {

	private ParseListeners() {
	}

	public static void addAfterEngine(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(listener);
	}

}
