package uk.org.safeguard.compliance;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplianceConfiguration {

	@Bean
	@org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization
	TaskDeadlines taskDeadlines(DataSource dataSource) {
		return new TaskDeadlines(dataSource);
	}

	/**
	 * Looked up lazily: the engine's plugins are created before the application's other
	 * beans.
	 */
	@Bean
	static DeadlineTrackingPlugin deadlineTrackingPlugin(ObjectProvider<TaskDeadlines> deadlines) {
		return new DeadlineTrackingPlugin(deadlines::getObject);
	}

}
