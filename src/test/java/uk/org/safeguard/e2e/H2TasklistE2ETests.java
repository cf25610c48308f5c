package uk.org.safeguard.e2e;

import org.springframework.test.context.TestPropertySource;

/** The browser tests on H2, the demo's database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:safeguard-e2e;DB_CLOSE_DELAY=-1")
class H2TasklistE2ETests extends AbstractTasklistE2ETests {

}
