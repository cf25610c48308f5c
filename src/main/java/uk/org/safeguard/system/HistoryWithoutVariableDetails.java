package uk.org.safeguard.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * History level FULL, except one row per variable change in {@code ACT_HI_DETAIL} (issue
 * 18). Everything compliance, the timeline, the record export and the access audit read
 * is kept: process, activity and task history, each variable's latest value
 * ({@code ACT_HI_VARINST}), identity links, incidents, decisions and the user operation
 * log (who completed, claimed or changed what). Nothing in Safeguard reads the details,
 * and they were the largest share of a case's history rows (docs/performance.md). The
 * history level itself stays FULL, so an existing database needs no change and the
 * details can be switched back on ({@code safeguard.history.variable-details=true}).
 */
public class HistoryWithoutVariableDetails extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
			@Override
			protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
				return false;
			}
		});
	}

}
