package uk.org.safeguard.system;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The security regression suite on the embedded PostgreSQL server of the integration
 * tests.
 */
@ActiveProfiles({ "postgres", "demo" })
@ContextConfiguration(initializers = TestPostgres.class)
class PostgresSecurityRegressionTests extends AbstractSecurityRegressionTests {

}
