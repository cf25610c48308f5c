package uk.org.safeguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Safeguard: multi-agency child protection workflows on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeguardApplication {

	public static void main(String[] args) {
		SpringApplication.run(SafeguardApplication.class, args);
	}

}
