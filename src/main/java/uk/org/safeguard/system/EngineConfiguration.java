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
	InputValidationPlugin inputValidationPlugin(List<InputRules> rules) {
		return new InputValidationPlugin(rules);
	}

	@Bean
	ModellingPlugin modellingPlugin() {
		return new ModellingPlugin();
	}

	@Bean
	EscalationPlugin escalationPlugin() {
		return new EscalationPlugin();
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
