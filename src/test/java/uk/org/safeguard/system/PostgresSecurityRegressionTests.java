package uk.org.safeguard.system;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The security regression suite on the embedded PostgreSQL server of the integration
 * tests.
 */
@ActiveProfiles({ "postgres", "demo" })
class PostgresSecurityRegressionTests extends AbstractSecurityRegressionTests {

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		PostgresApplicationIntegrationTests.datasource(registry);
	}

}
