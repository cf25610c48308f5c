package uk.org.safeguard.demo;

import uk.org.safeguard.referral.ChildReferralProcess;
import uk.org.safeguard.custody.ChildInCustodyProcess;
import uk.org.safeguard.agencyaction.AgencyActionProcess;
import uk.org.safeguard.missing.MissingChildProcess;
import uk.org.safeguard.investigation.Investigations;
import uk.org.safeguard.referral.ChildReferrals;
import uk.org.safeguard.identity.SafeguardGroups;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.org.safeguard.support.SharedVariables;

/**
 * Demo cases for the managers' views ({@code --spring.profiles.active=demo,demo-data}): a
 * few hundred cases across the processes, some done on time, some late, some overdue and
 * escalated. Work "in the past" is done by setting the engine clock back while the loader
 * runs, so due dates, lateness and escalations are real engine behaviour. Runs once: a
 * second start finds the demo cases and does nothing.
 */
@Component
@Order(100)
@ConditionalOnProperty("safeguard.demo.data")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final List<String> TEAMS = List.of("CAVAA", "EMERALD", "CMIT", "ICAIT", "VSOMT", "OTHER");

	private static final List<String> AGENCIES = List.of(SafeguardGroups.HEALTH, SafeguardGroups.EDUCATION,
			SafeguardGroups.PROBATION, SafeguardGroups.CSC_SOCIAL_WORKER, SafeguardGroups.POLICE_INVESTIGATOR,
			SafeguardGroups.YOUTH_JUSTICE);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	DemoDataLoader(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (runtime.createProcessInstanceQuery().processInstanceBusinessKey("DEMO-CR-0").count() > 0) {
			return;
		}
		Instant now = Instant.now();
		try {
			investigations(now);
			actions(now);
			referrals(now);
			custody(now);
			missing(now);
		}
		finally {
			ClockUtil.reset();
		}
		log.info("Demo data loaded: investigations, agency actions, referrals, custody and missing episodes");
	}

	private void at(Instant when) {
		ClockUtil.setCurrentTime(Date.from(when));
	}

	/**
	 * 120 investigations aged 0–150 days: the older ones owe reviews; escalations fire
	 * for the overdue.
	 */
	private void investigations(Instant now) {
		for (int i = 0; i < 120; i++) {
			int age = (i * 37) % 151;
			Investigations
				.of("DEMO-CR-" + i, "CHILD_ABUSE", TEAMS.get(i % TEAMS.size()), i % 5 == 0 ? "HIGH" : "MEDIUM",
						Date.from(now.minus(Duration.ofDays(age))))
				.start(runtime);
		}
		runDueTimers(now, 60);
	}

	/**
	 * 90 agency actions over the last 60 days: two thirds done (some late), the rest
	 * open, some overdue.
	 */
	private void actions(Instant now) {
		for (int i = 0; i < 90; i++) {
			Instant agreed = now.minus(Duration.ofDays(60 - (i % 60)));
			at(agreed);
			Instant due = agreed.plus(Duration.ofDays(5));
			String id = runtime.startProcessInstanceByKey(AgencyActionProcess.KEY, "DEMO-ACT-" + i,
					Map.of(AgencyActionProcess.AGENCY, AGENCIES.get(i % AGENCIES.size()),
							AgencyActionProcess.ACTION_DESCRIPTION, "Demo action " + i,
							AgencyActionProcess.ACTION_DUE_DATE, Date.from(due), AgencyActionProcess.ESCALATION_GROUP,
							SafeguardGroups.MARAC_COORDINATOR, AgencyActionProcess.CASE_REFERENCE,
							"DEMO-MARAC-" + (i % 15)))
				.getId();
			if (i % 3 != 2) {
				Instant done = agreed.plus(Duration.ofDays(i % 4 == 0 ? 8 : 2));
				if (done.isBefore(now)) {
					at(done);
					tasks.complete(
							tasks.createTaskQuery()
								.processInstanceId(id)
								.taskDefinitionKey(AgencyActionProcess.TASK_COMPLETE_ACTION)
								.singleResult()
								.getId(),
							Map.of(AgencyActionProcess.ACTION_OUTCOME, "DONE", AgencyActionProcess.ACTION_NOTES,
									"Done"));
				}
			}
		}
		runDueTimers(now, 200);
	}

	/** 60 referrals: reviewed, sent and decided, a quarter of the MASH decisions late. */
	private void referrals(Instant now) {
		for (int i = 0; i < 60; i++) {
			Instant raised = now.minus(Duration.ofDays(45 - (i % 45))).minus(Duration.ofHours(3));
			at(raised);
			String id = ChildReferrals
				.start(runtime,
						ChildReferrals.Request
							.forChild("DEMO-CHILD-" + i, "Demo Child " + i, "2014-0" + (1 + i % 9) + "-1" + (i % 9))
							.concern(i % 3 == 0 ? "DOMESTIC_ABUSE" : "NEGLECT", "Demo concern " + i)
							.incident(Date.from(raised.minus(Duration.ofHours(2))), "Bedford", false)
							.voiceOfTheChild("Quiet", "I am fine", null)
							.referringOfficer("frontline.demo")
							.businessKey("DEMO-REF-" + i))
				.getId();
			at(raised.plus(Duration.ofHours(i % 6 == 0 ? 30 : 4)));
			complete(id, ChildReferralProcess.TASK_REVIEW_QUALITY,
					Map.of(ChildReferralProcess.REFERRAL_QUALITY, "APPROVED"));
			management.createJobQuery()
				.processInstanceId(id)
				.activityId("Task_SendToMash")
				.list()
				.forEach(job -> management.executeJob(job.getId()));
			Instant decided = raised.plus(Duration.ofHours(i % 4 == 0 ? 80 : 20));
			if (decided.isBefore(now) && i % 7 != 0) {
				at(decided);
				complete(id, ChildReferralProcess.TASK_DECIDE_OUTCOME,
						Map.of(ChildReferralProcess.MASH_DECISION, i % 5 == 0 ? "EARLY_HELP" : "NO_FURTHER_ACTION",
								ChildReferralProcess.MASH_DECISION_REASON, "Demo decision",
								uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess.FAMILY_CONSENT, true));
			}
		}
		runDueTimers(now, 200);
	}

	/**
	 * 12 children in custody, a third charged and refused bail, some transferred, others
	 * certified.
	 */
	private void custody(Instant now) {
		for (int i = 0; i < 12; i++) {
			Instant detained = now.minus(Duration.ofDays(20 - i)).minus(Duration.ofHours(30));
			at(detained);
			String id = runtime.startProcessInstanceByKey(ChildInCustodyProcess.KEY, "DEMO-CUST-" + i,
					Map.of(SharedVariables.CHILD_ID, "DEMO-CHILD-" + i, SharedVariables.CHILD_NAME, "Demo Child " + i,
							SharedVariables.CHILD_DATE_OF_BIRTH, "2010-05-0" + (1 + i % 9),
							ChildInCustodyProcess.DETENTION_AUTHORISED_AT, Date.from(detained),
							ChildInCustodyProcess.OFFENCE, "Robbery"))
				.getId();
			at(detained.plus(Duration.ofMinutes(40 + i * 10)));
			complete(id, ChildInCustodyProcess.TASK_REQUEST_AA,
					Map.of(ChildInCustodyProcess.AA_REQUESTED_AT, Date.from(detained.plus(Duration.ofMinutes(30)))));
			at(detained.plus(Duration.ofHours(6)));
			complete(id, ChildInCustodyProcess.TASK_RECORD_AA_ARRIVAL, Map.of(ChildInCustodyProcess.AA_ARRIVED_AT,
					Date.from(detained.plus(Duration.ofMinutes(60 + i * 25)))));
			if (i % 3 == 0) {
				at(detained.plus(Duration.ofHours(10)));
				complete(id, ChildInCustodyProcess.TASK_RECORD_CHARGE_DECISION,
						Map.of(ChildInCustodyProcess.CHARGE_DECISION, "CHARGED_BAIL_REFUSED",
								ChildInCustodyProcess.RISK_OF_SERIOUS_HARM, false,
								ChildInCustodyProcess.SAFEGUARDING_REFERRAL_MADE, false,
								ChildInCustodyProcess.NO_REFERRAL_REASON, "Already known to social care"));
				management.createJobQuery()
					.processInstanceId(id)
					.activityId("Task_ActOnChargeDecision")
					.list()
					.forEach(job -> management.executeJob(job.getId()));
				boolean provided = i % 2 == 0;
				complete(id, ChildInCustodyProcess.TASK_PROVIDE_ACCOMMODATION,
						Map.of(ChildInCustodyProcess.ACCOMMODATION_OUTCOME, provided ? "PROVIDED" : "NOT_AVAILABLE",
								ChildInCustodyProcess.ACCOMMODATION_NOTES, "Demo"));
				at(detained.plus(Duration.ofHours(14)));
				if (provided) {
					complete(id, ChildInCustodyProcess.TASK_TRANSFER_CHILD, Map.of(ChildInCustodyProcess.TRANSFERRED_AT,
							Date.from(detained.plus(Duration.ofHours(13)))));
				}
				else {
					complete(id, ChildInCustodyProcess.TASK_DETENTION_CERTIFICATE,
							Map.of(ChildInCustodyProcess.CERTIFICATE_ACCOMMODATION_TYPE, "NON_SECURE",
									ChildInCustodyProcess.CERTIFICATE_REASON, "No placement overnight"));
				}
			}
			at(detained.plus(Duration.ofHours(i % 6 == 0 ? 14 : 30)));
			// A transferred child has already left police custody (the transfer ended the
			// case).
			runtime.createMessageCorrelation(ChildInCustodyProcess.MESSAGE_CHILD_LEFT_CUSTODY)
				.processInstanceBusinessKey("DEMO-CUST-" + i)
				.correlateAll();
		}
	}

	/**
	 * 30 missing episodes for 12 children: some found, a few children missing three times
	 * in 90 days.
	 */
	private void missing(Instant now) {
		for (int i = 0; i < 30; i++) {
			Instant reported = now.minus(Duration.ofDays(80 - i * 2));
			at(reported);
			String id = runtime.startProcessInstanceByKey(MissingChildProcess.KEY, "DEMO-MISS-" + i,
					Map.of(SharedVariables.CHILD_ID, "DEMO-MISSING-" + (i % 12), SharedVariables.CHILD_NAME,
							"Missing Child " + (i % 12), SharedVariables.CHILD_DATE_OF_BIRTH, "2011-02-02",
							MissingChildProcess.REPORTED_AT, Date.from(reported), MissingChildProcess.LAST_SEEN_AT,
							Date.from(reported.minus(Duration.ofHours(2))), MissingChildProcess.LOOKED_AFTER_CHILD,
							i % 2 == 0))
				.getId();
			complete(id, MissingChildProcess.TASK_ASSESS_RISK, Map.of(MissingChildProcess.MISSING_RISK_LEVEL,
					i % 4 == 0 ? "HIGH" : "MEDIUM", MissingChildProcess.RISK_RATIONALE, "Demo"));
			management.createJobQuery()
				.processInstanceId(id)
				.activityId(MissingChildProcess.TASK_START_EXPLOITATION_WORK)
				.list()
				.forEach(job -> management.executeJob(job.getId()));
			if (i < 26) {
				at(reported.plus(Duration.ofHours(6)));
				runtime.createMessageCorrelation(MissingChildProcess.MESSAGE_CHILD_FOUND)
					.processInstanceBusinessKey("DEMO-MISS-" + i)
					.correlate();
				at(reported.plus(Duration.ofHours(i % 3 == 0 ? 90 : 40)));
				complete(id, MissingChildProcess.TASK_RETURN_HOME_INTERVIEW,
						Map.of(MissingChildProcess.RETURN_INTERVIEW_OUTCOME, "COMPLETED",
								MissingChildProcess.RETURN_INTERVIEW_AT, Date.from(reported.plus(Duration.ofHours(30))),
								MissingChildProcess.RETURN_INTERVIEW_FINDINGS, "Demo findings"));
			}
		}
	}

	private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
		tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.list()
			.forEach(task -> tasks.complete(task.getId(), variables));
	}

	/**
	 * Fires timers that are due now, as the job executor would, so escalations exist in
	 * the demo.
	 */
	private void runDueTimers(Instant now, int max) {
		at(now);
		management.createJobQuery().timers().duedateLowerThan(Date.from(now)).listPage(0, max).forEach(job -> {
			try {
				management.executeJob(job.getId());
			}
			catch (RuntimeException alreadyDone) {
				// a job the running job executor took first
			}
		});
	}

}
