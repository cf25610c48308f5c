package uk.org.safeguard.strategy;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.org.safeguard.agencyaction.AgencyActionProcess;
import uk.org.safeguard.support.JsonLists;

import org.springframework.stereotype.Component;

import uk.org.safeguard.compliance.FigureSources;
import uk.org.safeguard.compliance.FigureSources.Rate;
import uk.org.safeguard.compliance.InspectionFigureContributor;

/**
 * Strategy discussions held without police, social care and health (Working Together
 * 2023).
 */
@Component
class StrategyFigures implements InspectionFigureContributor {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void contribute(Map<String, Object> f, Instant from, Instant to, FigureSources sources) {
		long recorded = 0;
		long allPresent = 0;
		for (Map<String, Object> d : sources
			.variables(StrategyDiscussionProcess.KEY, StrategyDiscussionProcess.ATTENDEES,
					StrategyDiscussionProcess.DISCUSSION_HELD_AT)
			.values()) {
			if (d.get(StrategyDiscussionProcess.DISCUSSION_HELD_AT) instanceof Date held
					&& FigureSources.inPeriod(held, from, to)) {
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
	}

}
