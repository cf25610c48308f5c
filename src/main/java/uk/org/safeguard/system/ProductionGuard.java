package uk.org.safeguard.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code production} profile with demo users or without a real
 * administrator password. Runs before any bean exists, so a misconfigured node never
 * opens its database.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

	static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "password", "changeme", "camunda", "safeguard",
			"secret", "123456", "12345678", "letmein", "password1");

	static final int MINIMUM_LENGTH = 12;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
			return;
		}
		if (environment.getProperty("safeguard.identity.demo-users", Boolean.class, false)) {
			throw new IllegalStateException("The production profile must not create demo users: "
					+ "remove the demo profile or safeguard.identity.demo-users");
		}
		String password = environment.getProperty("safeguard.identity.admin-password");
		String problem = problemWith(password);
		if (problem != null) {
			throw new IllegalStateException(
					"Refusing to start in production: the administrator password (SAFEGUARD_ADMIN_PASSWORD) "
							+ problem);
		}
	}

	static String problemWith(String password) {
		if (password == null || password.isBlank()) {
			return "is not set";
		}
		if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
			return "is a known default";
		}
		if (password.length() < MINIMUM_LENGTH) {
			return "is shorter than " + MINIMUM_LENGTH + " characters";
		}
		return null;
	}

}
