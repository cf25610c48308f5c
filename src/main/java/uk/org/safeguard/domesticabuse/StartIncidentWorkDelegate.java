package uk.org.safeguard.domesticabuse;

import uk.org.safeguard.referral.ChildReferralProcess;
import uk.org.safeguard.support.TypedVariables;

import java.util.Date;

import uk.org.safeguard.investigation.Investigations;
import uk.org.safeguard.referral.ChildReferrals;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.org.safeguard.support.JsonLists;

import static uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess.*;
import uk.org.safeguard.support.SharedVariables;

/**
 * What no officer may forget after a domestic abuse incident: a referral to children's
 * social care for every child in the household, and an investigation when a crime was
 * recorded.
 */
@uk.org.safeguard.support.ModelBean
@Component("startIncidentWorkDelegate")
class StartIncidentWorkDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		String incident = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
				: execution.getProcessInstanceId();
		List<Map<String, Object>> children = JsonLists.read(execution.getVariable(CHILDREN));
		int n = 0;
		for (Map<String, Object> child : children == null ? List.<Map<String, Object>>of() : children) {
			String household = TypedVariables.string(execution, HOUSEHOLD_ID);
			ChildReferrals.start(execution,
					ChildReferrals.Request
						.forChild(JsonLists.text(child, SharedVariables.CHILD_ID), JsonLists.text(child, "name"),
								JsonLists.text(child, "dateOfBirth"))
						.concern("DOMESTIC_ABUSE",
								"Domestic abuse incident " + incident + " in household " + household
										+ (Boolean.TRUE.equals(child.get("present")) ? "; the child was present"
												: "; the child was not present"))
						.incident(TypedVariables.date(execution, INCIDENT_AT), "Household " + household,
								"HIGH".equals(execution.getVariable(OFFICER_RISK_LEVEL)))
						.voiceOfTheChild(JsonLists.text(child, "behaviourAndDemeanour"), JsonLists.text(child, "words"),
								JsonLists.text(child, "notSpokenToReason"))
						.school(JsonLists.text(child, ChildReferralProcess.SCHOOL_NAME))
						.household(household)
						.referringOfficer(TypedVariables.string(execution, INITIATOR))
						.businessKey(incident + "-C" + (++n)));
		}
		if (Boolean.TRUE.equals(execution.getVariable(CRIME_RECORDED))) {
			String crime = TypedVariables.string(execution, CRIME_REFERENCE);
			Investigations
				.of(crime, "DOMESTIC_ABUSE", "EMERALD", TypedVariables.string(execution, OFFICER_RISK_LEVEL),
						TypedVariables.date(execution, INCIDENT_AT))
				.start(execution);
		}
	}

}
