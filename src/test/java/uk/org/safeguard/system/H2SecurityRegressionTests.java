package uk.org.safeguard.system;

import org.springframework.test.context.TestPropertySource;

/**
 * The security regression suite on H2 (the same application context as the H2 integration
 * tests).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:safeguard-it;DB_CLOSE_DELAY=-1")
class H2SecurityRegressionTests extends AbstractSecurityRegressionTests {

}
