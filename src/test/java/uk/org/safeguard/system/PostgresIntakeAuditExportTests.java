package uk.org.safeguard.system;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Intake, audit and export on the embedded PostgreSQL server of the integration tests.
 */
@ActiveProfiles({ "postgres", "demo" })
@ContextConfiguration(initializers = TestPostgres.class)
class PostgresIntakeAuditExportTests extends AbstractIntakeAuditExportTests {

}
