package uk.org.safeguard.linking;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts one process from another by key (SPEC section 2): the new instance carries
 * {@code parentProcessInstanceId}. Starting by key means a process that is not deployed
 * yet fails as an incident in Cockpit on the async service task that starts it, and works
 * as soon as it is deployed.
 */
public final class ProcessLinks {

	public static final String PARENT_PROCESS_INSTANCE_ID = "parentProcessInstanceId";

	private ProcessLinks() {
	}

	public static ProcessInstance start(DelegateExecution parent, String processKey, String businessKey,
			Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put(PARENT_PROCESS_INSTANCE_ID, parent.getProcessInstanceId());
		String key = businessKey != null ? businessKey : parent.getProcessBusinessKey();
		return parent.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(processKey, key, all);
	}

}
