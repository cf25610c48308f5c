package uk.org.safeguard.e2e;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import uk.org.safeguard.system.TestPostgres;

/** The browser tests on embedded PostgreSQL, as production runs. */
@ActiveProfiles({ "postgres", "demo" })
@ContextConfiguration(initializers = TestPostgres.class)
class PostgresTasklistE2ETests extends AbstractTasklistE2ETests {

}
