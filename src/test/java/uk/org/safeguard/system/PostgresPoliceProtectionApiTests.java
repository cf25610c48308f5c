package uk.org.safeguard.system;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link AbstractPoliceProtectionApiTests} on the embedded PostgreSQL server the
 * PostgreSQL suites share.
 */
@ActiveProfiles({ "postgres", "demo" })
@ContextConfiguration(initializers = TestPostgres.class)
class PostgresPoliceProtectionApiTests extends AbstractPoliceProtectionApiTests {

}
