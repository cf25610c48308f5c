package uk.org.safeguard.system;

import java.util.List;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.safeguard.escalation.EscalationPlugin;
import uk.org.safeguard.modelling.ModellingPlugin;
import uk.org.safeguard.validation.InputRules;
import uk.org.safeguard.validation.InputValidationPlugin;
import uk.org.safeguard.validation.RestExceptionMapping;

/** Safeguard's additions to the engine and its REST API. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	InputValidationPlugin inputValidationPlugin(List<InputRules> rules,
			@org.springframework.beans.factory.annotation.Value("${safeguard.input.max-text-length:10000}") int maxTextLength) {
		return new InputValidationPlugin(rules, new uk.org.safeguard.validation.InputLimits(maxTextLength));
	}

	@Bean
	uk.org.safeguard.security.SecurityPlugin securityPlugin() {
		return new uk.org.safeguard.security.SecurityPlugin();
	}

	/**
	 * Expressions in models reach only the beans marked {@code @ModelBean} (SPEC section
	 * 7).
	 */
	@Bean
	org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin modelBeansPlugin(
			org.springframework.context.ApplicationContext context) {
		return new org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin() {
			@Override
			public void preInit(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration) {
				configuration.setBeans(new ModelBeans(context));
			}
		};
	}

	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "safeguard.history.variable-details",
			havingValue = "false", matchIfMissing = true)
	HistoryWithoutVariableDetails historyWithoutVariableDetails() {
		return new HistoryWithoutVariableDetails();
	}

	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
			name = "safeguard.database.postgres-authorization-join", havingValue = "true", matchIfMissing = true)
	PostgresAuthorizationJoin postgresAuthorizationJoin() {
		return new PostgresAuthorizationJoin();
	}

	@Bean
	ModellingPlugin modellingPlugin() {
		return new ModellingPlugin();
	}

	@Bean
	EscalationPlugin escalationPlugin() {
		return new EscalationPlugin();
	}

	@Bean
	uk.org.safeguard.tasklist.TaskDisplayPlugin taskDisplayPlugin() {
		return new uk.org.safeguard.tasklist.TaskDisplayPlugin();
	}

	/** Camunda's REST resources plus the mapping of invalid input to 400. */
	@Bean
	CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
		return new CamundaJerseyResourceConfig() {
			@Override
			protected void registerAdditionalResources() {
				register(RestExceptionMapping.ForRestException.class);
				register(RestExceptionMapping.ForProcessEngineException.class);
				register(RestExceptionMapping.ForAnyException.class);
			}
		};
	}

}
