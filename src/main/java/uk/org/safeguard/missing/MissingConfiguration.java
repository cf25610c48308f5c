package uk.org.safeguard.missing;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MissingConfiguration {

	@Bean
	@org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization
	TriggerPlans triggerPlans(DataSource dataSource) {
		return new TriggerPlans(dataSource);
	}

	@Bean
	MissingEpisodes missingEpisodes(MissingTimescales timescales, TriggerPlans triggerPlans) {
		return new MissingEpisodes(timescales, triggerPlans);
	}

}
