package uk.org.safeguard.system;

import org.springframework.test.context.TestPropertySource;

/** The application on an in-memory H2 database, as in demo mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:safeguard-it;DB_CLOSE_DELAY=-1")
class H2ApplicationIntegrationTests extends AbstractApplicationIntegrationTests {

}
