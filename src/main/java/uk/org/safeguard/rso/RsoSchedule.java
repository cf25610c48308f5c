package uk.org.safeguard.rso;

import uk.org.safeguard.support.TypedVariables;
import uk.org.safeguard.investigation.Investigations;
import uk.org.safeguard.referral.ChildReferrals;

import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;

import static uk.org.safeguard.rso.RsoManagementProcess.*;

/**
 * The offender's deadlines and the work a visit's findings start. Used from the model as
 * {@code ${rsoSchedule.…(execution)}}.
 */
@uk.org.safeguard.support.ModelBean
@Component("rsoSchedule")
public class RsoSchedule {

	private final RsoTimescales timescales;

	public RsoSchedule(RsoTimescales timescales) {
		this.timescales = timescales;
	}

	/**
	 * Allocation P3D and ARMS P28D after registration: an imported registration is late
	 * from the moment it is recorded if its days have already run.
	 */
	public void plan(DelegateExecution execution) {
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "RSO", OFFENDER_ID);
		Date registered = TypedVariables.date(execution, REGISTERED_AT);
		execution.setVariable(ALLOCATION_DUE_AT, Date.from(registered.toInstant().plus(timescales.allocation())));
		execution.setVariable(ARMS_DUE_AT, Date.from(registered.toInstant().plus(timescales.arms())));
	}

	/** The initial home visit: P7D after allocation. */
	public void planInitialVisit(DelegateExecution execution) {
		execution.setVariable(INITIAL_VISIT_DUE_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.initialVisit())));
	}

	/**
	 * The next visit: the DMN's interval for the risk level ({@code visitInterval}) after
	 * the last visit, or the officer's shorter {@code nextVisitWithin}. Also tracks how
	 * long the offender has been LOW risk.
	 */
	public void scheduleVisit(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		Object last = execution.getVariable(LAST_VISIT_AT);
		ZonedDateTime from = (last instanceof Date date ? date : now).toInstant().atZone(WorkingDays.ZONE);
		Period interval = Period.parse(TypedVariables.string(execution, VISIT_INTERVAL));
		Object officer = execution.getVariable(NEXT_VISIT_WITHIN);
		ZonedDateTime due = from.plus(interval);
		if (officer instanceof String text && !text.isBlank()) {
			ZonedDateTime sooner = from.plus(Period.parse(text));
			if (sooner.isBefore(due)) {
				due = sooner;
			}
		}
		execution.setVariable(VISIT_DUE_AT, Date.from(due.toInstant()));
		trackLowRisk(execution, now);
	}

	/** A visit just happened: remember when, for the next interval. */
	public void recordVisit(DelegateExecution execution) {
		execution.setVariable(LAST_VISIT_AT, ClockUtil.getCurrentTime());
		trackLowRisk(execution, ClockUtil.getCurrentTime());
	}

	private void trackLowRisk(DelegateExecution execution, Date now) {
		boolean low = "LOW".equals(execution.getVariable(RISK_LEVEL));
		Object since = execution.getVariable(LOW_RISK_SINCE);
		if (low && !(since instanceof Date)) {
			execution.setVariable(LOW_RISK_SINCE, now);
			since = now;
		}
		if (!low) {
			execution.setVariable(LOW_RISK_SINCE, null);
		}
		boolean eligible = low && !((Date) since).toInstant()
			.atZone(WorkingDays.ZONE)
			.plus(timescales.reactiveAfterLowRisk())
			.isAfter(now.toInstant().atZone(WorkingDays.ZONE));
		execution.setVariable(REACTIVE_ELIGIBLE, eligible);
	}

	/** Reactive management: the next annual review, a year from now. */
	public Date annualReviewDue() {
		return Date.from(ClockUtil.getCurrentTime()
			.toInstant()
			.atZone(WorkingDays.ZONE)
			.plus(timescales.annualReview())
			.toInstant());
	}

	/**
	 * Child contact found at a visit: a referral to children's social care today, and a
	 * disclosure decision.
	 */
	public void referChildContact(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		execution.setVariable(DISCLOSURE_DUE_AT, Date.from(now.toInstant().plus(timescales.disclosureDecision())));
		String offender = TypedVariables.string(execution, OFFENDER_ID);
		ChildReferrals.start(execution,
				ChildReferrals.Request
					.forChild(TypedVariables.string(execution, CHILD_CONTACT_ID),
							TypedVariables.string(execution, CHILD_CONTACT_NAME),
							TypedVariables.string(execution, CHILD_CONTACT_DATE_OF_BIRTH))
					.concern("RSO_CONTACT",
							"Registered sex offender " + offender + " has contact with a child: "
									+ execution.getVariable(CHILD_CONTACT_DETAILS))
					.incident(now, TypedVariables.string(execution, ADDRESS), false)
					.voiceOfTheChild("Not seen by the referring officer", null,
							"Identified at the offender's home visit; the child was not present")
					.referringOfficer(TypedVariables.string(execution, OFFENDER_MANAGER))
					.businessKey("RSO-" + offender + "-" + now.getTime()));
	}

	/** A new relationship disclosed at a visit: assessed within P3D (SPEC section 8). */
	public void planRelationshipAssessment(DelegateExecution execution) {
		execution.setVariable(RELATIONSHIP_ASSESSMENT_DUE_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.newRelationship())));
	}

	/** Suspected breach of the notification requirements: a VSOMT investigation. */
	public void investigateBreach(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		String crime = "BREACH-" + execution.getVariable(OFFENDER_ID) + "-" + now.getTime();
		Investigations.of(crime, "NOTIFICATION_BREACH", "VSOMT", "HIGH", now).start(execution);
	}

	public Date travelUpdateDue() {
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.travelUpdate()));
	}

}
