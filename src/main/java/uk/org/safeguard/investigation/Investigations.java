package uk.org.safeguard.investigation;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.investigation.InvestigationProcess.*;

/**
 * The typed start contract of {@code InvestigationProcess} (SPEC 4.4): the crime
 * reference is the business key; a child victim is named when there is one.
 *
 * @param crimeReference the crime number, also the business key
 * @param offenceType what was recorded
 * @param team the investigating team (e.g. CAVAA, EMERALD, VSOMT)
 * @param riskLevel STANDARD, MEDIUM or HIGH
 * @param recordedAt when the crime was recorded: the supervision clock starts here
 * @param childId the child victim, or null
 * @param childName the child victim's name, or null
 */
public record Investigations(String crimeReference, String offenceType, String team, String riskLevel, Date recordedAt,
		String childId, String childName) {

	public static Investigations of(String crimeReference, String offenceType, String team, String riskLevel,
			Date recordedAt) {
		return new Investigations(crimeReference, offenceType, team, riskLevel, recordedAt, null, null);
	}

	public Investigations withChildVictim(String id, String name) {
		return new Investigations(crimeReference, offenceType, team, riskLevel, recordedAt, id, name);
	}

	Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CRIME_REFERENCE, crimeReference);
		variables.put(OFFENCE_TYPE, offenceType);
		variables.put(TEAM, team);
		variables.put(RISK_LEVEL, riskLevel);
		variables.put(RECORDED_AT, recordedAt);
		if (childId != null) {
			variables.put(CHILD_ID, childId);
			variables.put(CHILD_NAME, childName);
		}
		return variables;
	}

	/**
	 * An investigation started by another case (referral, incident, offender management).
	 */
	public ProcessInstance start(DelegateExecution parent) {
		return ProcessLinks.start(parent, KEY, crimeReference, variables());
	}

	/** An investigation recorded directly (demo data, tools). */
	public ProcessInstance start(RuntimeService runtime) {
		return runtime.startProcessInstanceByKey(KEY, crimeReference, variables());
	}

}
