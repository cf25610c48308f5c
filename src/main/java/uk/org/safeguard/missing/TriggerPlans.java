package uk.org.safeguard.missing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trigger plans, kept per child in Safeguard's own table in the engine's database: what
 * to do, whom to call and where to look when this child goes missing. Kept across
 * episodes, with who changed it and when.
 */
public class TriggerPlans {

	public record TriggerPlan(String childId, String plan, String updatedBy, Instant updatedAt) {
	}

	private final JdbcTemplate jdbc;

	public TriggerPlans(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Creates the table when missing; the same statement works on H2 and PostgreSQL. */
	public Optional<TriggerPlan> find(String childId) {
		List<TriggerPlan> plans = jdbc.query(
				"select CHILD_ID, PLAN_TEXT, UPDATED_BY, UPDATED_AT from SG_TRIGGER_PLAN where CHILD_ID = ?",
				(rs, n) -> new TriggerPlan(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				childId);
		return plans.stream().findFirst();
	}

	public TriggerPlan save(String childId, String plan, String updatedBy, Instant at) {
		Timestamp when = Timestamp.from(at);
		int updated = jdbc.update(
				"update SG_TRIGGER_PLAN set PLAN_TEXT = ?, UPDATED_BY = ?, UPDATED_AT = ? where CHILD_ID = ?", plan,
				updatedBy, when, childId);
		if (updated == 0) {
			try {
				jdbc.update(
						"insert into SG_TRIGGER_PLAN (CHILD_ID, PLAN_TEXT, UPDATED_BY, UPDATED_AT) values (?, ?, ?, ?)",
						childId, plan, updatedBy, when);
			}
			catch (DuplicateKeyException raced) {
				// Someone saved the first plan for this child at the same moment: the
				// later write wins.
				jdbc.update(
						"update SG_TRIGGER_PLAN set PLAN_TEXT = ?, UPDATED_BY = ?, UPDATED_AT = ? where CHILD_ID = ?",
						plan, updatedBy, when, childId);
			}
		}
		return new TriggerPlan(childId, plan, updatedBy, at);
	}

}
