package uk.org.safeguard.system;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Intake, audit and export on the embedded PostgreSQL server of the integration tests.
 */
@ActiveProfiles({ "postgres", "demo" })
class PostgresIntakeAuditExportTests extends AbstractIntakeAuditExportTests {

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		PostgresApplicationIntegrationTests.datasource(registry);
	}

}
