package uk.org.safeguard.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The intake's idempotency keys ({@code SG_INTAKE_REQUEST}, created by Flyway), one per
 * caller and key.
 */
@Repository
@DependsOnDatabaseInitialization
class IntakeRequests {

	record Stored(String processKey, String bodySha256, String processInstanceId, String businessKey) {
	}

	private final JdbcTemplate jdbc;

	IntakeRequests(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	Optional<Stored> find(String caller, String key) {
		List<Stored> rows = jdbc.query(
				"select PROCESS_KEY, BODY_SHA256, PROC_INST_ID, BUSINESS_KEY from SG_INTAKE_REQUEST "
						+ "where CALLER = ? and IDEMPOTENCY_KEY = ?",
				(rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), caller, key);
		return rows.stream().findFirst();
	}

	/**
	 * Claims the key; a second claim of the same key fails on the primary key, on any
	 * node.
	 */
	void claim(String caller, String key, String processKey, String bodySha256, Instant at) {
		jdbc.update("insert into SG_INTAKE_REQUEST (CALLER, IDEMPOTENCY_KEY, PROCESS_KEY, BODY_SHA256, CREATED_AT) "
				+ "values (?, ?, ?, ?, ?)", caller, key, processKey, bodySha256, Timestamp.from(at));
	}

	void started(String caller, String key, String processInstanceId, String businessKey) {
		jdbc.update("update SG_INTAKE_REQUEST set PROC_INST_ID = ?, BUSINESS_KEY = ? where CALLER = ? and "
				+ "IDEMPOTENCY_KEY = ?", processInstanceId, businessKey, caller, key);
	}

}
