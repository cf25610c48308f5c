package uk.org.safeguard.domesticabuse;

import uk.org.safeguard.marac.MaracCaseProcess;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import uk.org.safeguard.calendar.WorkingDays;

/**
 * A household's domestic-abuse history, read from the engine's own history so that
 * incidents recorded late (with a past {@code incidentAt}) count where they happened.
 */
public final class HouseholdHistory {

	private HouseholdHistory() {
	}

	public static Date twelveMonthsBefore(Date at) {
		ZonedDateTime time = at.toInstant().atZone(WorkingDays.ZONE);
		return Date.from(time.minusMonths(12).toInstant());
	}

	/**
	 * Incidents of the household in the 12 months up to {@code incidentAt}, this one
	 * included.
	 */
	public static int incidentsInLast12Months(HistoryService history, String householdId, Date incidentAt,
			String thisInstanceId) {
		long others = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DomesticAbuseIncidentProcess.KEY)
			.variableValueEquals(DomesticAbuseIncidentProcess.HOUSEHOLD_ID, householdId)
			.variableValueGreaterThanOrEqual(DomesticAbuseIncidentProcess.INCIDENT_AT, twelveMonthsBefore(incidentAt))
			.variableValueLessThanOrEqual(DomesticAbuseIncidentProcess.INCIDENT_AT, incidentAt)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.filter(id -> !id.equals(thisInstanceId))
			.count();
		return (int) others + 1;
	}

	/**
	 * Whether the household was referred to MARAC in the 12 months up to
	 * {@code incidentAt}.
	 */
	public static boolean maracReferralInLast12Months(HistoryService history, String householdId, Date incidentAt) {
		return history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(MaracCaseProcess.KEY)
			.variableValueEquals(DomesticAbuseIncidentProcess.HOUSEHOLD_ID, householdId)
			.variableValueGreaterThanOrEqual(MaracCaseProcess.REFERRED_AT, twelveMonthsBefore(incidentAt))
			.variableValueLessThanOrEqual(MaracCaseProcess.REFERRED_AT, incidentAt)
			.count() > 0;
	}

}
