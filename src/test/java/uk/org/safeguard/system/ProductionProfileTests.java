package uk.org.safeguard.system;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.org.safeguard.SafeguardApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile starts only with a real administrator password, and never with
 * demo users.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class ProductionProfileTests {

	/** Starts the application as an operator would, with settings on the command line. */
	private static ConfigurableApplicationContext startProduction(String... settings) {
		String[] args = java.util.stream.Stream.concat(
				java.util.stream.Stream.of("server.port=0",
						"spring.datasource.url=jdbc:h2:mem:production-test;DB_CLOSE_DELAY=-1",
						"camunda.bpm.database.schema-update=true", "camunda.bpm.job-execution.enabled=false"),
				java.util.Arrays.stream(settings))
			.map(setting -> "--" + setting)
			.toArray(String[]::new);
		return new SpringApplicationBuilder(SafeguardApplication.class).profiles("production").run(args);
	}

	@Test
	void shouldRefuseToStartWithoutAnAdminPassword() {
		assertThatThrownBy(() -> startProduction("safeguard.identity.admin-password="))
			.hasMessageContaining("SAFEGUARD_ADMIN_PASSWORD")
			.hasMessageContaining("is not set");
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo", "admin", "Password", "changeme", "camunda" })
	void shouldRefuseToStartWithAKnownDefaultPassword(String password) {
		assertThatThrownBy(() -> startProduction("safeguard.identity.admin-password=" + password))
			.hasMessageContaining("is a known default");
	}

	@Test
	void shouldRefuseToStartWithDemoUsers() {
		assertThatThrownBy(() -> startProduction("safeguard.identity.admin-password=correct-horse-battery",
				"safeguard.identity.demo-users=true"))
			.hasMessageContaining("must not create demo users");
	}

	@Test
	void shouldSendHstsAndSecureCookiesInProduction() throws Exception {
		try (ConfigurableApplicationContext context = startProduction(
				"safeguard.identity.admin-password=correct-horse-battery")) {
			String port = context.getEnvironment().getProperty("local.server.port");
			var client = java.net.http.HttpClient.newHttpClient();
			var response = client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Strict-Transport-Security"))
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
			assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
				.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
			var api = client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/engine-rest/version"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}
	}

	@Test
	void shouldStartWithARealPasswordAndNoDemoUsers() {
		try (ConfigurableApplicationContext context = startProduction(
				"safeguard.identity.admin-password=correct-horse-battery")) {
			IdentityService identity = context.getBean(IdentityService.class);
			assertThat(identity.checkPassword("admin", "correct-horse-battery")).isTrue();
			assertThat(identity.createUserQuery().userId("demo").count()).isZero();
			assertThat(identity.createUserQuery().userId("ds.demo").count()).isZero();
			assertThat(identity.createGroupQuery().groupId("police-ds").count()).isEqualTo(1);
		}
	}

}
