package uk.org.safeguard.domesticabuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguard.linking.ProcessLinks;
import uk.org.safeguard.support.JsonLists;

import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;

/**
 * What no officer may forget after a domestic abuse incident: a referral to children's
 * social care for every child in the household, and an investigation when a crime was
 * recorded.
 */
@uk.org.safeguard.support.ModelBean
@Component("startIncidentWorkDelegate")
public class StartIncidentWorkDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		String incident = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
				: execution.getProcessInstanceId();
		List<Map<String, Object>> children = JsonLists.read(execution.getVariable(CHILDREN));
		int n = 0;
		for (Map<String, Object> child : children == null ? List.<Map<String, Object>>of() : children) {
			Map<String, Object> referral = new HashMap<>();
			referral.put("childId", JsonLists.text(child, "childId"));
			referral.put("childName", JsonLists.text(child, "name"));
			referral.put("childDateOfBirth", JsonLists.text(child, "dateOfBirth"));
			referral.put("concernType", "DOMESTIC_ABUSE");
			referral.put("concernSummary",
					"Domestic abuse incident " + incident + " in household " + execution.getVariable(HOUSEHOLD_ID)
							+ (Boolean.TRUE.equals(child.get("present")) ? "; the child was present"
									: "; the child was not present"));
			referral.put("incidentAt", execution.getVariable(INCIDENT_AT));
			referral.put("incidentLocation", "Household " + execution.getVariable(HOUSEHOLD_ID));
			referral.put("immediateRisk", "HIGH".equals(execution.getVariable(OFFICER_RISK_LEVEL)));
			referral.put("childBehaviourAndDemeanour", JsonLists.text(child, "behaviourAndDemeanour"));
			referral.put("childWords", JsonLists.text(child, "words"));
			referral.put("childNotSpokenToReason", JsonLists.text(child, "notSpokenToReason"));
			referral.put("schoolName", JsonLists.text(child, "schoolName"));
			referral.put("householdId", execution.getVariable(HOUSEHOLD_ID));
			referral.put("referringOfficer", execution.getVariable("initiator"));
			ProcessLinks.start(execution, "ChildReferralProcess", incident + "-C" + (++n), referral);
		}
		if (Boolean.TRUE.equals(execution.getVariable(CRIME_RECORDED))) {
			String crime = (String) execution.getVariable(CRIME_REFERENCE);
			ProcessLinks.start(execution, "InvestigationProcess", crime,
					Map.of("crimeReference", crime, "offenceType", "DOMESTIC_ABUSE", "team", "EMERALD", "riskLevel",
							execution.getVariable(OFFICER_RISK_LEVEL), "recordedAt",
							execution.getVariable(INCIDENT_AT)));
		}
	}

}
