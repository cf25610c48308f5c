package uk.org.safeguard.system;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Safeguard's own tables (deadline reporting, trigger plans, intake keys, access audit)
 * are created and changed by the Flyway migrations in {@code db/migration} (and
 * {@code db/vendor/<database>} for what only one database can do), on H2 and PostgreSQL.
 * Camunda's tables are not Flyway's: the engine manages them. Databases made before
 * Flyway are baselined at version 0, and the first migrations create only what is
 * missing.
 */
@Configuration(proxyBeanMethods = false)
public class SafeguardSchema {

	/**
	 * What the application's {@code spring.flyway.*} settings do not say (locations are
	 * set there).
	 */
	static FluentConfiguration configure(FluentConfiguration configuration) {
		return configuration.table("SG_SCHEMA_HISTORY").baselineOnMigrate(true).baselineVersion("0");
	}

	/**
	 * For code outside the application (engine tests, benchmarks) that uses Safeguard's
	 * tables.
	 */
	public static void migrate(DataSource dataSource) {
		String vendor;
		try (var connection = dataSource.getConnection()) {
			vendor = connection.getMetaData().getURL().startsWith("jdbc:postgresql") ? "postgresql" : "h2";
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to migrate Safeguard's tables", ex);
		}
		configure(Flyway.configure().dataSource(dataSource))
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load()
			.migrate();
	}

	@Bean
	FlywayConfigurationCustomizer safeguardSchemaCustomizer() {
		return SafeguardSchema::configure;
	}

}
