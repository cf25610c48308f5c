package uk.org.safeguard.investigation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InvestigationConfiguration {

	/** Used by the process as {@code ${supervisionRanks.groupNow(recordedAt)}}. */
	@Bean
	SupervisionRanks supervisionRanks() {
		return new SupervisionRanks();
	}

	@Bean
	SupervisionSchedule supervisionSchedule(SupervisionRanks ranks, InvestigationTimescales timescales) {
		return new SupervisionSchedule(ranks, timescales.reviewInterval());
	}

}
