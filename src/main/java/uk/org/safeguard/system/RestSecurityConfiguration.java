package uk.org.safeguard.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication, checked against the engine's identity service, on every call
 * to the Camunda REST API and to Safeguard's own API. The authenticated user and groups
 * are set on the engine for the request, so engine authorization decides what each caller
 * may see and do. The webapps keep their own session login.
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		return basicAuthentication("engine-rest-authentication", "/engine-rest", "/engine-rest/*");
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication(
			org.camunda.bpm.engine.ProcessEngine processEngine) {
		// Safeguard's API runs on this application's engine (not one looked up by name in
		// Camunda's static registry). The pages and their /api reads accept the webapps'
		// session; otherwise they ask for the same login, which the browser sends on.
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = basicAuthentication(
				"api-authentication", "", "/api/*");
		// Signed in to the webapps already: no second login for reading (issue 19).
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				WebappSessionOrBasicAuthenticationProvider.class.getName());
		registration.setFilter(new ProcessEngineAuthenticationFilter() {
			@Override
			protected org.camunda.bpm.engine.ProcessEngine getAddressedEngine(String engineName) {
				return processEngine;
			}
		});
		registration.addUrlPatterns("/manager/*", "/timeline/*", "/audit/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
			@org.springframework.beans.factory.annotation.Value("${safeguard.security.hsts:false}") boolean hsts) {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(hsts));
		registration.setName("security-headers");
		registration.addUrlPatterns("/*");
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name,
			String pathPrefix, String urlPattern) {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName(name);
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addInitParameter("rest-url-pattern-prefix", pathPrefix);
		registration.addUrlPatterns(urlPattern);
		registration.setOrder(1);
		return registration;
	}

}
