package uk.org.safeguard.compliance;

import uk.org.safeguard.agencyaction.AgencyActionProcess;
import uk.org.safeguard.assessment.ChildAndFamilyAssessmentProcess;
import uk.org.safeguard.childprotection.ChildProtectionPlanProcess;
import uk.org.safeguard.investigation.InvestigationProcess;
import uk.org.safeguard.policeprotection.PoliceProtectionProcess;
import uk.org.safeguard.section47.Section47EnquiryProcess;
import uk.org.safeguard.rso.RsoManagementProcess;
import uk.org.safeguard.custody.ChildInCustodyProcess;
import uk.org.safeguard.missing.MissingChildProcess;
import uk.org.safeguard.strategy.StrategyDiscussionProcess;
import uk.org.safeguard.referral.ChildReferralProcess;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import uk.org.safeguard.investigation.SupervisionReport;
import uk.org.safeguard.investigation.SupervisionReportService;
import uk.org.safeguard.support.JsonLists;

/**
 * The figures of the 2017 inspection, computed from what the processes record
 * (definitions in docs/inspection-figures.md). Each figure is a count with, where it is a
 * rate, its numerator and denominator, for cases whose defining moment falls in the
 * period.
 */
@Service
public class InspectionFiguresService {

	private final ProcessEngine engine;

	private final TaskDeadlines deadlines;

	private final SupervisionReportService supervision;

	private final InspectionFigureSettings settings;

	InspectionFiguresService(ProcessEngine engine, TaskDeadlines deadlines, SupervisionReportService supervision,
			InspectionFigureSettings settings) {
		this.engine = engine;
		this.deadlines = deadlines;
		this.supervision = supervision;
		this.settings = settings;
	}

	public record Rate(long count, long total) {
	}

	public Map<String, Object> figures(Instant from, Instant to) {
		SupervisionReport investigations = supervision.report();
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute(ctx -> {
				ctx.disableAuthorizationCheck();
				return build(from, to, investigations);
			});
	}

	private Map<String, Object> build(Instant from, Instant to, SupervisionReport investigations) {
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("from", from);
		f.put("to", to);
		f.put("generatedAt", ClockUtil.getCurrentTime().toInstant());
		f.put("activeInvestigations", investigations.activeInvestigations());
		f.put("investigationsOverdueForReview", investigations.overdueForReview());

		Map<String, Map<String, Object>> referrals = variables(ChildReferralProcess.KEY,
				ChildReferralProcess.SENT_TO_MASH_AT, ChildReferralProcess.RECORDED_AT);
		long sent = 0;
		long within24h = 0;
		for (Map<String, Object> r : referrals.values()) {
			if (r.get(ChildReferralProcess.SENT_TO_MASH_AT) instanceof Date s && inPeriod(s, from, to)
					&& r.get(ChildReferralProcess.RECORDED_AT) instanceof Date recorded) {
				sent++;
				within24h += Duration.between(recorded.toInstant(), s.toInstant())
					.compareTo(settings.referralToMashWithin()) <= 0 ? 1 : 0;
			}
		}
		f.put("referralsSentToMashWithin24Hours", new Rate(within24h, sent));
		f.put("mashDecisionsWithin1WorkingDay", onTime(ChildReferralProcess.TASK_DECIDE_OUTCOME, from, to));

		long recorded = 0;
		long allPresent = 0;
		for (Map<String, Object> d : variables(StrategyDiscussionProcess.KEY, StrategyDiscussionProcess.ATTENDEES,
				StrategyDiscussionProcess.DISCUSSION_HELD_AT)
			.values()) {
			if (d.get(StrategyDiscussionProcess.DISCUSSION_HELD_AT) instanceof Date held && inPeriod(held, from, to)) {
				recorded++;
				Set<String> agencies = new HashSet<>();
				var list = JsonLists.read(d.get(StrategyDiscussionProcess.ATTENDEES));
				if (list != null) {
					list.forEach(a -> agencies.add(JsonLists.text(a, AgencyActionProcess.AGENCY)));
				}
				allPresent += agencies.containsAll(List.of("POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH")) ? 1 : 0;
			}
		}
		f.put("strategyDiscussionsWithPoliceSocialCareAndHealth", new Rate(allPresent, recorded));
		f.put("initialConferencesWithin15WorkingDays", onTime(Section47EnquiryProcess.TASK_HOLD_CONFERENCE, from, to));
		f.put("rsoVisitsOverdueNow",
				openOverdue(List.of(RsoManagementProcess.TASK_HOME_VISIT, RsoManagementProcess.TASK_INITIAL_VISIT)));

		Map<String, Map<String, Object>> custody = variables(ChildInCustodyProcess.KEY,
				ChildInCustodyProcess.CHARGE_DECISION, ChildInCustodyProcess.CHARGED_AT,
				ChildInCustodyProcess.TRANSFERRED_AT, ChildInCustodyProcess.POST_CHARGE_HOURS,
				ChildInCustodyProcess.AA_REQUESTED_AT, ChildInCustodyProcess.AA_ARRIVED_AT,
				ChildInCustodyProcess.DETENTION_AUTHORISED_AT);
		long refusedBail = 0;
		long transferred = 0;
		List<Double> postCharge = new ArrayList<>();
		List<Double> aaMinutes = new ArrayList<>();
		long aaWithin2h = 0;
		for (Map<String, Object> c : custody.values()) {
			if (c.get(ChildInCustodyProcess.CHARGED_AT) instanceof Date charged && inPeriod(charged, from, to)
					&& "CHARGED_BAIL_REFUSED".equals(c.get(ChildInCustodyProcess.CHARGE_DECISION))) {
				refusedBail++;
				transferred += c.get(ChildInCustodyProcess.TRANSFERRED_AT) != null ? 1 : 0;
				if (c.get(ChildInCustodyProcess.POST_CHARGE_HOURS) instanceof Number hours) {
					postCharge.add(hours.doubleValue());
				}
			}
			if (c.get(ChildInCustodyProcess.DETENTION_AUTHORISED_AT) instanceof Date detained
					&& inPeriod(detained, from, to)
					&& c.get(ChildInCustodyProcess.AA_REQUESTED_AT) instanceof Date requested
					&& c.get(ChildInCustodyProcess.AA_ARRIVED_AT) instanceof Date arrived) {
				double minutes = Duration.between(requested.toInstant(), arrived.toInstant()).toMinutes();
				aaMinutes.add(minutes);
				aaWithin2h += minutes <= 120 ? 1 : 0;
			}
		}
		f.put("childrenChargedAndRefusedBail", refusedBail);
		f.put("childrenTransferredToLocalAuthorityAccommodation", new Rate(transferred, refusedBail));
		f.put("medianPostChargeHoursInCustody", median(postCharge));
		f.put("medianAppropriateAdultArrivalMinutes", median(aaMinutes));
		f.put("appropriateAdultsArrivedWithin2Hours", new Rate(aaWithin2h, aaMinutes.size()));

		var history = engine.getHistoryService();
		long asleep = history.createHistoricTaskInstanceQuery()
			.taskDefinitionKey(ChildInCustodyProcess.TASK_RECORD_CHILD_INFORMED)
			.startedAfter(Date.from(from))
			.startedBefore(Date.from(to))
			.count();
		long told = history.createHistoricTaskInstanceQuery()
			.taskDefinitionKey(ChildInCustodyProcess.TASK_RECORD_CHILD_INFORMED)
			.startedAfter(Date.from(from))
			.startedBefore(Date.from(to))
			.finished()
			.count();
		f.put("reviewsWhileChildAsleepLaterTold", new Rate(told, asleep));
		f.put("returnHomeInterviewsWithin72Hours", onTime(MissingChildProcess.TASK_RETURN_HOME_INTERVIEW, from, to));

		Set<Object> repeatChildren = new HashSet<>();
		Set<Object> referredChildren = new HashSet<>();
		Map<String, Map<String, Object>> episodes = variables(MissingChildProcess.KEY, "episodesLast90Days", "childId",
				MissingChildProcess.REPORTED_AT);
		Set<String> screened = new HashSet<>();
		history.createHistoricActivityInstanceQuery()
			.activityId("Task_StartExploitationWork")
			.finished()
			.list()
			.forEach(a -> screened.add(a.getProcessInstanceId()));
		episodes.forEach((id, e) -> {
			if (e.get(MissingChildProcess.REPORTED_AT) instanceof Date reported && inPeriod(reported, from, to)
					&& e.get("episodesLast90Days") instanceof Number n
					&& n.intValue() >= settings.repeatMissingEpisodes()) {
				repeatChildren.add(e.get("childId"));
				if (screened.contains(id)) {
					referredChildren.add(e.get("childId"));
				}
			}
		});
		f.put("childrenMissing3OrMoreTimesIn90DaysReferred", new Rate(referredChildren.size(), repeatChildren.size()));
		pathway(f, from, to);
		return f;
	}

	/**
	 * SPEC section 8's figures: the pathway after the referral, police protection, child
	 * victims.
	 */
	private void pathway(Map<String, Object> f, Instant from, Instant to) {
		f.put("assessmentsWithin45WorkingDays",
				onTime(ChildAndFamilyAssessmentProcess.TASK_COMPLETE_ASSESSMENT, from, to));
		f.put("childProtectionReviewsOnTime", onTime(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE, from, to));
		long protections = 0;
		long endedInTime = 0;
		for (Map<String, Object> p : variables(PoliceProtectionProcess.KEY, PoliceProtectionProcess.PROTECTED_AT,
				PoliceProtectionProcess.ENDED_AT)
			.values()) {
			if (p.get(PoliceProtectionProcess.PROTECTED_AT) instanceof Date protectedAt
					&& inPeriod(protectedAt, from, to)) {
				protections++;
				endedInTime += p.get(PoliceProtectionProcess.ENDED_AT) instanceof Date ended
						&& Duration.between(protectedAt.toInstant(), ended.toInstant())
							.compareTo(PoliceProtectionProcess.LEGAL_MAXIMUM) <= 0 ? 1 : 0;
			}
		}
		f.put("policeProtectionsEndedWithin72Hours", new Rate(endedInTime, protections));
		long childVictims = 0;
		long referred = 0;
		for (Map<String, Object> i : variables(InvestigationProcess.KEY, InvestigationProcess.CHILD_ID,
				InvestigationProcess.RECORDED_AT, InvestigationProcess.CHILD_REFERRAL_MADE)
			.values()) {
			if (i.get(InvestigationProcess.CHILD_ID) != null
					&& i.get(InvestigationProcess.RECORDED_AT) instanceof Date recorded
					&& inPeriod(recorded, from, to)) {
				childVictims++;
				referred += Boolean.TRUE.equals(i.get(InvestigationProcess.CHILD_REFERRAL_MADE)) ? 1 : 0;
			}
		}
		f.put("childVictimCrimesReferred", new Rate(referred, childVictims));
	}

	/** Historic variables of a process's instances, by process instance id. */
	private Map<String, Map<String, Object>> variables(String processKey, String... names) {
		Map<String, Map<String, Object>> byInstance = new HashMap<>();
		for (HistoricVariableInstance v : engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processDefinitionKey(processKey)
			.variableNameIn(names)
			.disableCustomObjectDeserialization()
			.list()) {
			byInstance.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
		}
		return byInstance;
	}

	private Rate onTime(String taskKey, Instant from, Instant to) {
		return deadlines.jdbc()
			.queryForObject(
					"select sum(case when LATE_SECONDS = 0 then 1 else 0 end), count(*) from SG_TASK_DEADLINE "
							+ "where TASK_KEY = ? and STATE = 'COMPLETED' and COMPLETED_AT >= ? and COMPLETED_AT < ?",
					(rs, n) -> new Rate(rs.getLong(1), rs.getLong(2)), taskKey, Timestamp.from(from),
					Timestamp.from(to));
	}

	private Rate openOverdue(Collection<String> taskKeys) {
		String keys = String.join(",", taskKeys.stream().map(k -> "'" + k + "'").toList());
		Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
		return deadlines.jdbc()
			.queryForObject(
					"select sum(case when DUE_AT < ? then 1 else 0 end), count(*) from SG_TASK_DEADLINE "
							+ "where STATE = 'OPEN' and TASK_KEY in (" + keys + ")",
					(rs, n) -> new Rate(rs.getLong(1), rs.getLong(2)), now);
	}

	private static boolean inPeriod(Date date, Instant from, Instant to) {
		Instant at = date.toInstant();
		return !at.isBefore(from) && at.isBefore(to);
	}

	static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
	}

}
