package uk.org.safeguard.custody;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

import static uk.org.safeguard.custody.ChildInCustodyProcess.*;

/**
 * Children held in police cells after charge, appropriate adults, reviews while asleep
 * (HMICFRS 2017).
 */
@Component
class CustodyFigures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		Map<String, Map<String, Object>> custody = sources.variables(KEY, CHARGE_DECISION, CHARGED_AT, TRANSFERRED_AT,
				POST_CHARGE_HOURS, AA_REQUESTED_AT, AA_ARRIVED_AT, DETENTION_AUTHORISED_AT);
		long refusedBail = 0;
		long transferred = 0;
		List<Double> postCharge = new ArrayList<>();
		List<Double> aaMinutes = new ArrayList<>();
		long aaWithin2h = 0;
		for (Map<String, Object> c : custody.values()) {
			if (c.get(CHARGED_AT) instanceof Date charged && FigureSources.inPeriod(charged, from, to)
					&& "CHARGED_BAIL_REFUSED".equals(c.get(CHARGE_DECISION))) {
				refusedBail++;
				transferred += c.get(TRANSFERRED_AT) != null ? 1 : 0;
				if (c.get(POST_CHARGE_HOURS) instanceof Number hours) {
					postCharge.add(hours.doubleValue());
				}
			}
			if (c.get(DETENTION_AUTHORISED_AT) instanceof Date detained && FigureSources.inPeriod(detained, from, to)
					&& c.get(AA_REQUESTED_AT) instanceof Date requested
					&& c.get(AA_ARRIVED_AT) instanceof Date arrived) {
				double minutes = Duration.between(requested.toInstant(), arrived.toInstant()).toMinutes();
				aaMinutes.add(minutes);
				aaWithin2h += minutes <= 120 ? 1 : 0;
			}
		}
		f.put("childrenChargedAndRefusedBail", refusedBail);
		f.put("childrenTransferredToLocalAuthorityAccommodation", new Rate(transferred, refusedBail));
		f.put("medianPostChargeHoursInCustody", FigureSources.median(postCharge));
		f.put("medianAppropriateAdultArrivalMinutes", FigureSources.median(aaMinutes));
		f.put("appropriateAdultsArrivedWithin2Hours", new Rate(aaWithin2h, aaMinutes.size()));

		var history = sources.history();
		long asleep = history.createHistoricTaskInstanceQuery()
			.taskDefinitionKey(TASK_RECORD_CHILD_INFORMED)
			.startedAfter(Date.from(from))
			.startedBefore(Date.from(to))
			.count();
		long told = history.createHistoricTaskInstanceQuery()
			.taskDefinitionKey(TASK_RECORD_CHILD_INFORMED)
			.startedAfter(Date.from(from))
			.startedBefore(Date.from(to))
			.finished()
			.count();
		f.put("reviewsWhileChildAsleepLaterTold", new Rate(told, asleep));
	}

}
