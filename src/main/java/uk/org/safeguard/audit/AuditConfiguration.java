package uk.org.safeguard.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The access audit wraps the authentication of every path to case data (order just after
 * the security headers, before the HTTP Basic filters at order 1 and the webapps' own
 * filters); a second small filter inside the authentication notes who the caller is.
 * Switchable only for the benchmark that measures it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "safeguard.audit.enabled", havingValue = "true", matchIfMissing = true)
class AuditConfiguration {

	static final String[] PATHS = { "/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*", "/api/*" };

	@Bean
	FilterRegistrationBean<AccessAuditFilter> accessAuditFilter(AccessAudit audit, IdentityService identityService,
			RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
			ManagementService managementService) {
		FilterRegistrationBean<AccessAuditFilter> registration = new FilterRegistrationBean<>(new AccessAuditFilter(
				audit, identityService, runtimeService, taskService, historyService, managementService));
		registration.setName("access-audit");
		registration.addUrlPatterns(PATHS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AccessAuditFilter.UserCapture> accessAuditUserFilter(IdentityService identityService) {
		FilterRegistrationBean<AccessAuditFilter.UserCapture> registration = new FilterRegistrationBean<>(
				new AccessAuditFilter.UserCapture(identityService));
		registration.setName("access-audit-user");
		registration.addUrlPatterns(PATHS);
		registration.setOrder(2);
		return registration;
	}

}
