package uk.org.safeguard.system;

import org.springframework.test.context.TestPropertySource;

/** {@link AbstractPoliceProtectionApiTests} on H2, in the context the H2 suites share. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:safeguard-it;DB_CLOSE_DELAY=-1")
class H2PoliceProtectionApiTests extends AbstractPoliceProtectionApiTests {

}
