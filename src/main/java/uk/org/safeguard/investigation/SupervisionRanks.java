package uk.org.safeguard.investigation;

import java.util.Date;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Reads the process owner's DMN table {@code SupervisionRankDecision}: for an
 * investigation's age in days, the rank whose review it requires and the day that rank's
 * band starts (7, 45, 100 by default). Evaluated with the engine's DMN engine on the
 * latest deployed table, without writing decision history, because scheduling asks it up
 * to a few dozen times per review. Must run inside an engine command.
 */
@uk.org.safeguard.support.ModelBean
public class SupervisionRanks {

	public static final String AGE_INPUT = "investigationAgeDays";

	public record Band(Rank rank, int startDay) {
	}

	public Band bandAt(long ageDays) {
		ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
		if (configuration == null) {
			throw new IllegalStateException("SupervisionRanks must be used inside an engine command");
		}
		DmnDecision decision = (DmnDecision) configuration.getDeploymentCache()
			.findDeployedLatestDecisionDefinitionByKey(InvestigationProcess.DECISION_SUPERVISION_RANK);
		DmnDecisionResultEntries result = configuration.getDmnEngine()
			.evaluateDecision(decision, Variables.createVariables().putValue(AGE_INPUT, ageDays))
			.getSingleResult();
		if (result == null) {
			throw new IllegalStateException(
					InvestigationProcess.DECISION_SUPERVISION_RANK + " has no rule for age " + ageDays + " days");
		}
		return new Band(Rank.valueOf(result.getEntry(InvestigationProcess.REVIEW_RANK)),
				((Number) result.getEntry("bandStartDay")).intValue());
	}

	/**
	 * The candidate group of the rank an investigation recorded at {@code recordedAt}
	 * requires now.
	 */
	public String groupNow(Date recordedAt) {
		return bandAt(SupervisionSchedule.ageDays(recordedAt, ClockUtil.getCurrentTime())).rank().group();
	}

	/**
	 * The group one rank above the given one (DS→DI→DCI→superintendent), for an overdue
	 * review's escalation that is itself overdue.
	 */
	public String above(String group) {
		for (Rank rank : Rank.values()) {
			if (rank.group().equals(group)) {
				return rank.next().group();
			}
		}
		return Rank.SUPERINTENDENT.group();
	}

}
