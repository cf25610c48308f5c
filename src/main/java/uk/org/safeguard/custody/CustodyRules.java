package uk.org.safeguard.custody;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.Violations;

import static uk.org.safeguard.custody.ChildInCustodyProcess.*;

/**
 * What the inspection found unrecorded: when the appropriate adult was asked for and
 * arrived, whether a child asleep at a review was told later, the safeguarding referral
 * decision, and a detention certificate that contradicts the accommodation requested.
 */
@Component
class CustodyRules implements InputRules {

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Set<String> dateVariables() {
		return Set.of(DETENTION_AUTHORISED_AT, AA_REQUESTED_AT, AA_ARRIVED_AT, CHECKED_AT, CHILD_INFORMED_AT,
				HEALTHCARE_REFERRED_AT, TRANSFERRED_AT, LEFT_AT, RELEVANT_TIME, DETENTION_LIMIT_AT);
	}

	@Override
	public void checkStart(Violations v) {
		v.requireText(CHILD_ID)
			.requireText(CHILD_NAME)
			.requireChildDateOfBirth(CHILD_DATE_OF_BIRTH)
			.requireDate(DETENTION_AUTHORISED_AT)
			.requireNotInFuture(DETENTION_AUTHORISED_AT)
			.requireText(OFFENCE);
	}

	@Override
	public void checkCompletion(String taskKey, Violations v) {
		switch (taskKey) {
			case TASK_REQUEST_AA -> {
				v.requireDate(AA_REQUESTED_AT).requireNotInFuture(AA_REQUESTED_AT);
				if (v.value(AA_REQUESTED_AT) instanceof java.util.Date requested
						&& v.value(DETENTION_AUTHORISED_AT) instanceof java.util.Date authorised) {
					v.check(!requested.before(authorised), AA_REQUESTED_AT + " must not be before detention was"
							+ " authorised (" + DETENTION_AUTHORISED_AT + ")");
				}
			}
			case TASK_RECORD_AA_ARRIVAL -> {
				v.requireDate(AA_ARRIVED_AT).requireNotInFuture(AA_ARRIVED_AT);
				// Issue 19: an arrival before the request is a mistyped time, not a fast
				// adult.
				if (v.value(AA_ARRIVED_AT) instanceof java.util.Date arrived
						&& v.value(AA_REQUESTED_AT) instanceof java.util.Date requested) {
					v.check(!arrived.before(requested),
							AA_ARRIVED_AT + " must not be before the request (" + AA_REQUESTED_AT + ")");
				}
			}
			case TASK_WELFARE_CHECK -> v.requireDate(CHECKED_AT).requireNotInFuture(CHECKED_AT);
			case TASK_REVIEW_DETENTION -> {
				v.requireBoolean(CHILD_AWAKE)
					.requireBoolean(CHILD_INFORMED_OF_REVIEW)
					.requireBoolean(AA_INFORMED)
					.requireText(REVIEW_NOTES);
				if (Boolean.FALSE.equals(v.value(CHILD_AWAKE))) {
					v.check(Boolean.TRUE.equals(v.value(INFORM_WHEN_AWAKE)),
							INFORM_WHEN_AWAKE + " must be true when the child was asleep at the review");
				}
			}
			case TASK_RECORD_CHILD_INFORMED -> v.requireDate(CHILD_INFORMED_AT);
			case TASK_REFER_TO_HEALTHCARE -> v.requireDate(HEALTHCARE_REFERRED_AT);
			case TASK_RECORD_CHARGE_DECISION -> checkChargeDecision(v);
			case TASK_CONSIDER_EXTENSION -> {
				v.requireBoolean(EXTENSION_AUTHORISED);
				if (Boolean.TRUE.equals(v.value(EXTENSION_AUTHORISED))) {
					v.requireDate(DETENTION_LIMIT_AT).requireText(EXTENSION_REASON);
					if (v.value(DETENTION_LIMIT_AT) instanceof java.util.Date limit
							&& v.value(RELEVANT_TIME) instanceof java.util.Date relevant) {
						v.check(limit.getTime() <= relevant.getTime() + MAXIMUM_EXTENDED.toMillis()
								&& limit.getTime() > relevant.getTime() + MAXIMUM_UNEXTENDED.toMillis(),
								DETENTION_LIMIT_AT
										+ " must be more than 24 and at most 36 hours after the relevant time"
										+ " (PACE s.42)");
					}
				}
			}
			case TASK_PROVIDE_ACCOMMODATION ->
				v.requireOneOf(ACCOMMODATION_OUTCOME, ACCOMMODATION_OUTCOMES).requireText(ACCOMMODATION_NOTES);
			case TASK_TRANSFER_CHILD -> v.requireDate(TRANSFERRED_AT);
			case TASK_DETENTION_CERTIFICATE -> {
				v.requireOneOf(CERTIFICATE_ACCOMMODATION_TYPE, ACCOMMODATION_TYPES).requireText(CERTIFICATE_REASON);
				Object certified = v.value(CERTIFICATE_ACCOMMODATION_TYPE);
				Object requested = v.value(ACCOMMODATION_TYPE_REQUESTED);
				v.check(certified == null || certified.equals(requested), CERTIFICATE_ACCOMMODATION_TYPE
						+ " must equal the accommodation requested from the local authority (" + requested + ")");
			}
			default -> {
			}
		}
	}

	private static void checkChargeDecision(Violations v) {
		v.requireOneOf(CHARGE_DECISION, CHARGE_DECISIONS).requireBoolean(SAFEGUARDING_REFERRAL_MADE);
		if ("CHARGED_BAIL_REFUSED".equals(v.value(CHARGE_DECISION))) {
			v.requireBoolean(RISK_OF_SERIOUS_HARM);
			if (Boolean.TRUE.equals(v.value(RISK_OF_SERIOUS_HARM))) {
				// Secure accommodation turns on this judgement (PACE s.38(6)): it must be
				// reasoned.
				v.requireText(SERIOUS_HARM_RATIONALE);
			}
		}
		if (Boolean.FALSE.equals(v.value(SAFEGUARDING_REFERRAL_MADE))) {
			v.requireText(NO_REFERRAL_REASON);
		}
		if (Boolean.TRUE.equals(v.value(SAFEGUARDING_REFERRAL_MADE))) {
			v.requireText(CHILD_PRESENTATION).requireEither(CHILD_WORDS, CHILD_NOT_SPOKEN_TO_REASON);
		}
	}

}
