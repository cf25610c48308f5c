package uk.org.safeguard.referral;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.org.safeguard.linking.ProcessLinks;

import static uk.org.safeguard.referral.ChildReferralProcess.*;

/**
 * The typed start contract of {@code ChildReferralProcess} (SPEC 4.1), owned here so that
 * every process, the demo data and other systems start a referral with the same variables
 * and none repeats their names.
 */
public final class ChildReferrals {

	private ChildReferrals() {
	}

	/**
	 * What a referral starts with: the child, the concern, the incident and the child's
	 * voice.
	 */
	public static final class Request {

		private final Map<String, Object> variables = new HashMap<>();

		private String businessKey;

		private Request() {
		}

		public static Request forChild(String childId, String childName, String childDateOfBirth) {
			Request request = new Request();
			request.variables.put(CHILD_ID, childId);
			request.variables.put(CHILD_NAME, childName);
			request.variables.put(CHILD_DATE_OF_BIRTH, childDateOfBirth);
			return request;
		}

		public Request concern(String concernType, String summary) {
			variables.put(CONCERN_TYPE, concernType);
			variables.put(CONCERN_SUMMARY, summary);
			return this;
		}

		public Request incident(Date at, String location, boolean immediateRisk) {
			variables.put(INCIDENT_AT, at);
			variables.put(INCIDENT_LOCATION, location);
			variables.put(IMMEDIATE_RISK, immediateRisk);
			return this;
		}

		/**
		 * How the child seemed, their own words, or why nobody spoke to them (Working
		 * Together).
		 */
		public Request voiceOfTheChild(String behaviourAndDemeanour, String words, String notSpokenToReason) {
			variables.put(CHILD_BEHAVIOUR_AND_DEMEANOUR, behaviourAndDemeanour);
			variables.put(CHILD_WORDS, words);
			variables.put(CHILD_NOT_SPOKEN_TO_REASON, notSpokenToReason);
			return this;
		}

		public Request household(String householdId) {
			variables.put(HOUSEHOLD_ID, householdId);
			return this;
		}

		/**
		 * Operation Encompass: the child's school is told of a domestic-abuse incident.
		 */
		public Request school(String schoolName) {
			variables.put(SCHOOL_NAME, schoolName);
			return this;
		}

		public Request referringOfficer(String userId) {
			variables.put(REFERRING_OFFICER, userId);
			return this;
		}

		/**
		 * The referral reference; without one, a referral started by a case takes the
		 * case's.
		 */
		public Request businessKey(String reference) {
			this.businessKey = reference;
			return this;
		}

		Map<String, Object> variables() {
			Map<String, Object> given = new HashMap<>();
			variables.forEach((name, value) -> {
				if (value != null) {
					given.put(name, value);
				}
			});
			return given;
		}

	}

	/** A referral made by another case, which it names as its parent. */
	public static ProcessInstance start(DelegateExecution parent, Request request) {
		return ProcessLinks.start(parent, KEY, request.businessKey, request.variables());
	}

	/** A referral made directly (demo data, tools). */
	public static ProcessInstance start(RuntimeService runtime, Request request) {
		return runtime.startProcessInstanceByKey(KEY, request.businessKey, request.variables());
	}

}
