package uk.org.safeguard.custody;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.testing.ProcessEngineTestSupport;
import uk.org.safeguard.validation.InvalidInputException;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static uk.org.safeguard.custody.ChildInCustodyProcess.*;

class ChildInCustodyProcessTests extends ProcessEngineTestSupport {

	private static final Instant AUTHORISED = Instant.parse("2026-11-02T10:00:00Z");

	@BeforeEach
	void deployAndFixTheClock() {
		deployAllModels();
		ClockUtil.setCurrentTime(Date.from(AUTHORISED));
	}

	private static Date after(String duration) {
		return Date.from(AUTHORISED.plus(Duration.parse(duration)));
	}

	private void clock(String duration) {
		ClockUtil.setCurrentTime(after(duration));
	}

	private ProcessInstance detain(String dateOfBirth, String healthConcerns) {
		Map<String, Object> v = new HashMap<>();
		v.put(CHILD_ID, "C-CUST");
		v.put(CHILD_NAME, "Kai Example");
		v.put(CHILD_DATE_OF_BIRTH, dateOfBirth);
		v.put(DETENTION_AUTHORISED_AT, Date.from(AUTHORISED));
		v.put(OFFENCE, "Robbery");
		if (healthConcerns != null) {
			v.put(HEALTH_CONCERNS, healthConcerns);
		}
		return runtimeService().startProcessInstanceByKey(KEY, "CUST-" + dateOfBirth, v);
	}

	private void charge(ProcessInstance pi, boolean riskOfSeriousHarm) {
		complete(task(TASK_RECORD_CHARGE_DECISION, pi), withVariables(CHARGE_DECISION, "CHARGED_BAIL_REFUSED",
				RISK_OF_SERIOUS_HARM, riskOfSeriousHarm, SERIOUS_HARM_RATIONALE,
				riskOfSeriousHarm ? "Armed robbery, threatened staff with a knife" : null, SAFEGUARDING_REFERRAL_MADE,
				false, NO_REFERRAL_REASON, "Already an open child protection plan"));
		execute(job("Task_ActOnChargeDecision", pi));
	}

	@Test
	void shouldRequestAnAppropriateAdultWithinAnHourAndHaveThemArriveWithinTwoHours() {
		ProcessInstance pi = detain("2010-05-05", null);
		assertThat(task(TASK_REQUEST_AA, pi)).hasCandidateGroup("police-custody-sergeant").hasDueDate(after("PT1H"));
		execute(job("BoundaryEvent_AppropriateAdultRequestOverdue", pi));
		assertThat(task(TASK_CHASE_AA_REQUEST, pi)).hasCandidateGroup("police-custody-inspector");

		clock("PT1H10M");
		complete(task(TASK_REQUEST_AA, pi), withVariables(AA_REQUESTED_AT, after("PT1H5M")));

		assertThat(task(TASK_RECORD_AA_ARRIVAL, pi)).hasDueDate(after("PT3H5M"));
		execute(job("BoundaryEvent_AppropriateAdultLate", pi));
		assertThat(task(TASK_CHASE_AA_ARRIVAL, pi)).hasCandidateGroup("police-custody-inspector");
	}

	@Test
	void shouldRefuseAnArrivalBeforeTheRequestAndARequestBeforeDetention() {
		ProcessInstance pi = detain("2010-05-05", null);
		clock("PT1H10M");

		Assertions
			.assertThatThrownBy(
					() -> complete(task(TASK_REQUEST_AA, pi), withVariables(AA_REQUESTED_AT, after("-PT10M"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("must not be before detention was authorised");
		complete(task(TASK_REQUEST_AA, pi), withVariables(AA_REQUESTED_AT, after("PT1H5M")));
		Assertions
			.assertThatThrownBy(
					() -> complete(task(TASK_RECORD_AA_ARRIVAL, pi), withVariables(AA_ARRIVED_AT, after("PT1H"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("must not be before the request");
	}

	@Test
	void shouldCheckTheChildEvery30MinutesAndCountLateChecks() {
		ProcessInstance pi = detain("2010-05-05", null);
		assertThat(task(TASK_WELFARE_CHECK, pi)).hasDueDate(after("PT30M"));

		clock("PT45M");
		complete(task(TASK_WELFARE_CHECK, pi), withVariables(CHECKED_AT, after("PT40M")));
		assertThat(task(TASK_WELFARE_CHECK, pi)).hasDueDate(after("PT1H10M"));
		clock("PT1H6M");
		complete(task(TASK_WELFARE_CHECK, pi), withVariables(CHECKED_AT, after("PT1H5M")));

		assertThat(pi).variables().containsEntry(WELFARE_CHECKS_DONE, 2).containsEntry(LATE_WELFARE_CHECKS, 1);
		assertThat(task(TASK_WELFARE_CHECK, pi)).hasDueDate(after("PT1H35M"));
	}

	@Test
	void shouldReviewAt6HoursThenEvery9HoursFromAuthorisationEvenWhenAReviewIsLate() {
		ProcessInstance pi = detain("2010-05-05", null);
		assertThat(task(TASK_REVIEW_DETENTION, pi)).hasCandidateGroup("police-custody-inspector")
			.hasDueDate(after("PT6H"));

		for (String next : new String[] { "PT15H", "PT24H", "PT33H" }) {
			clock(next.equals("PT15H") ? "PT8H" : "PT14H");
			complete(task(TASK_REVIEW_DETENTION, pi), withVariables(CHILD_AWAKE, true, CHILD_INFORMED_OF_REVIEW, true,
					AA_INFORMED, true, REVIEW_NOTES, "Detention necessary to secure evidence"));
			assertThat(task(TASK_REVIEW_DETENTION, pi)).hasDueDate(after(next));
		}
		assertThat(pi).variables().containsEntry(REVIEWS_DONE, 3);
	}

	@Test
	void shouldMakeSureAChildAsleepAtAReviewIsToldOnWaking() {
		ProcessInstance pi = detain("2010-05-05", null);
		String review = task(TASK_REVIEW_DETENTION, pi).getId();

		Assertions
			.assertThatThrownBy(() -> taskService().complete(review,
					Map.of(CHILD_AWAKE, false, CHILD_INFORMED_OF_REVIEW, false, AA_INFORMED, true, REVIEW_NOTES,
							"Continue")))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(INFORM_WHEN_AWAKE);
		complete(task(TASK_REVIEW_DETENTION, pi), withVariables(CHILD_AWAKE, false, CHILD_INFORMED_OF_REVIEW, false,
				AA_INFORMED, true, INFORM_WHEN_AWAKE, true, REVIEW_NOTES, "Continue"));

		assertThat(task(TASK_RECORD_CHILD_INFORMED, pi)).hasCandidateGroup("police-custody-sergeant");
		complete(task(TASK_RECORD_CHILD_INFORMED, pi), withVariables(CHILD_INFORMED_AT, after("PT2H")));
		assertThat(pi).hasPassed("EndEvent_ChildInformed");
	}

	@Test
	void shouldReferAChildWithHealthConcernsToAHealthcareProfessionalWithinAnHour() {
		ProcessInstance pi = detain("2013-05-05", "Bruising to the arms");

		assertThat(task(TASK_REFER_TO_HEALTHCARE, pi)).hasDueDate(after("PT1H"));
		assertThat(detain("2012-05-05", null)).hasPassed("EndEvent_NoHealthConcerns");
	}

	@Test
	void shouldRequestSecureAccommodationForARiskyChildOf12AndTransferThem() {
		ProcessInstance pi = detain("2010-05-05", null);
		clock("PT10H");
		charge(pi, true);

		assertThat(pi).variables().containsEntry(ACCOMMODATION_TYPE_REQUESTED, "SECURE");
		assertThat(task(TASK_PROVIDE_ACCOMMODATION, pi)).hasCandidateGroup("csc-edt").hasDueDate(after("PT12H"));
		execute(job("BoundaryEvent_AccommodationOverdue", pi));
		Assertions.assertThat(taskService().getIdentityLinksForTask(task(TASK_CHASE_ACCOMMODATION, pi).getId()))
			.extracting(IdentityLink::getGroupId)
			.containsExactlyInAnyOrder("csc-service-manager", "police-custody-inspector");

		clock("PT11H");
		complete(task(TASK_PROVIDE_ACCOMMODATION, pi),
				withVariables(ACCOMMODATION_OUTCOME, "PROVIDED", ACCOMMODATION_NOTES, "Secure unit, Hillside"));
		assertThat(task(TASK_TRANSFER_CHILD, pi)).hasDueDate(after("PT13H"));
		complete(task(TASK_TRANSFER_CHILD, pi), withVariables(TRANSFERRED_AT, after("PT11H")));
		// Transfer ends police custody: no more welfare checks or reviews
		assertThat(pi).isEnded()
			.hasPassed("EndEvent_ChildTransferred")
			.variables()
			.containsEntry(HOURS_IN_CUSTODY, 11.0);
	}

	@Test
	void shouldShowTheCustodyRecordNumberAndGiveASuperintendentTheExtensionDecisionAt21Hours() {
		ProcessInstance pi = detain("2010-05-05", null);

		assertThat(pi).variables()
			.containsEntry(CUSTODY_RECORD_NUMBER, "CUST-2010-05-05")
			.containsEntry(RELEVANT_TIME, Date.from(AUTHORISED))
			.containsEntry(DETENTION_LIMIT_AT, after("PT24H"));
		assertThat(task(TASK_CONSIDER_EXTENSION, pi)).hasCandidateGroup("police-superintendent")
			.hasDueDate(after("PT21H"));
		assertThat(task(TASK_RECORD_CHARGE_DECISION, pi)).hasDueDate(after("PT24H"));
	}

	@Test
	void shouldMoveTheChargeDeadlineWithAnExtensionAndRefuseMoreThan36Hours() {
		ProcessInstance pi = detain("2010-05-05", null);
		clock("PT20H");

		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_CONSIDER_EXTENSION, pi),
					withVariables(EXTENSION_AUTHORISED, true, DETENTION_LIMIT_AT, after("PT37H"), EXTENSION_REASON,
							"Awaiting forensic results")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("at most 36 hours");
		complete(task(TASK_CONSIDER_EXTENSION, pi), withVariables(EXTENSION_AUTHORISED, true, DETENTION_LIMIT_AT,
				after("PT36H"), EXTENSION_REASON, "Awaiting forensic results"));

		assertThat(task(TASK_RECORD_CHARGE_DECISION, pi)).hasDueDate(after("PT36H"));
		Assertions.assertThat(job("BoundaryEvent_RecordChargeDecisionOverdue", pi).getDuedate())
			.isEqualTo(after("PT36H"));
		clock("PT36H");
		execute(job("BoundaryEvent_RecordChargeDecisionOverdue", pi));
		assertThat(task("Task_ChaseRecordChargeDecision", pi)).hasCandidateGroup("police-superintendent");
	}

	@Test
	void shouldEscalateOverdueWelfareChecksAndReviewsAndRequireARationaleForSeriousHarm() {
		ProcessInstance pi = detain("2010-05-05", null);

		clock("PT30M");
		execute(job("BoundaryEvent_WelfareCheckOverdue", pi));
		assertThat(task("Task_ChaseWelfareCheck", pi)).hasCandidateGroup("police-custody-inspector");
		clock("PT6H");
		execute(job("BoundaryEvent_ReviewDetentionOverdue", pi));
		assertThat(task("Task_ChaseReviewDetention", pi)).hasCandidateGroup("police-superintendent");

		Assertions
			.assertThatThrownBy(() -> complete(task(TASK_RECORD_CHARGE_DECISION, pi),
					withVariables(CHARGE_DECISION, "CHARGED_BAIL_REFUSED", RISK_OF_SERIOUS_HARM, true,
							SAFEGUARDING_REFERRAL_MADE, false, NO_REFERRAL_REASON, "Open plan")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(SERIOUS_HARM_RATIONALE);
	}

	@Test
	void shouldRequestNonSecureAccommodationForAnElevenYearOldAndCertifyOnlyThatType() {
		ProcessInstance pi = detain("2015-01-01", null);
		charge(pi, true);
		assertThat(pi).variables().containsEntry(ACCOMMODATION_TYPE_REQUESTED, "NON_SECURE");
		complete(task(TASK_PROVIDE_ACCOMMODATION, pi),
				withVariables(ACCOMMODATION_OUTCOME, "NOT_AVAILABLE", ACCOMMODATION_NOTES, "No foster carer tonight"));
		String certificate = task(TASK_DETENTION_CERTIFICATE, pi).getId();

		Assertions
			.assertThatThrownBy(() -> taskService().complete(certificate,
					Map.of(CERTIFICATE_ACCOMMODATION_TYPE, "SECURE", CERTIFICATE_REASON, "No secure bed")))
			.rootCause()
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(CERTIFICATE_ACCOMMODATION_TYPE);
		complete(task(TASK_DETENTION_CERTIFICATE, pi), withVariables(CERTIFICATE_ACCOMMODATION_TYPE, "NON_SECURE",
				CERTIFICATE_REASON, "No transport available overnight"));
		assertThat(pi).hasPassed("EndEvent_CertificateCompleted");
	}

	@Test
	void shouldReferTheChildToSocialCareWhenAReferralIsMade() {
		ProcessInstance pi = detain("2010-05-05", null);

		complete(task(TASK_RECORD_CHARGE_DECISION, pi),
				withVariables(CHARGE_DECISION, "RELEASED_UNDER_INVESTIGATION", SAFEGUARDING_REFERRAL_MADE, true,
						"childPresentation", "Frightened, injuries to arms", "childWords", "I can't go home"));
		execute(job("Task_ActOnChargeDecision", pi));

		assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("ChildReferralProcess")
			.variableValueEquals("parentProcessInstanceId", pi.getId())
			.singleResult()).variables().containsEntry("concernType", "CUSTODY");
		assertThat(pi).hasPassed("EndEvent_ChargeDecided");
	}

	@Test
	void shouldRecordHoursInCustodyAndAfterChargeWhenTheChildLeaves() {
		ProcessInstance pi = detain("2010-05-05", null);
		clock("PT10H");
		charge(pi, false);
		clock("PT40H30M");

		runtimeService().correlateMessage(MESSAGE_CHILD_LEFT_CUSTODY, "CUST-2010-05-05");

		assertThat(pi).isEnded()
			.hasPassed("EndEvent_ChildLeftCustody")
			.variables()
			.containsEntry(HOURS_IN_CUSTODY, 40.5)
			.containsEntry(POST_CHARGE_HOURS, 30.5);
	}

	@Test
	void shouldRefuseAnAdult() {
		Assertions.assertThatThrownBy(() -> detain("2000-01-01", null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(CHILD_DATE_OF_BIRTH);
	}

}
