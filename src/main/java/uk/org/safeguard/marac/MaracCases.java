package uk.org.safeguard.marac;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.marac.MaracCaseProcess.*;

/**
 * The typed start contract of {@code MaracCaseProcess} (SPEC 4.6): one case per
 * household, whose id is the business key.
 *
 * @param householdId the household
 * @param victimName the victim
 * @param referralReason one of {@link MaracCaseProcess#REASONS}
 * @param referringAgency who refers (e.g. POLICE)
 * @param referredAt when the referral is made: the meeting deadline counts from here
 * @param children the household's children as the incident recorded them (a JSON list)
 * @param investigatingOfficer the officer who reads every action of the case, or null
 */
public record MaracCases(String householdId, String victimName, String referralReason, String referringAgency,
		Date referredAt, Object children, String investigatingOfficer) {

	public ProcessInstance start(DelegateExecution parent) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(HOUSEHOLD_ID, householdId);
		variables.put(VICTIM_NAME, victimName);
		variables.put(MARAC_REFERRAL_REASON, referralReason);
		variables.put(REFERRING_AGENCY, referringAgency);
		variables.put(REFERRED_AT, referredAt);
		variables.put(CHILDREN, children);
		if (investigatingOfficer != null) {
			variables.put(INVESTIGATING_OFFICER, investigatingOfficer);
		}
		return ProcessLinks.start(parent, KEY, householdId, variables);
	}

}
