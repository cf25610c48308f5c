package uk.org.safeguard.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The access audit ({@code SG_ACCESS_AUDIT}, SPEC section 9): who read or was refused
 * which case, when and through which path. Append-only: this class inserts and reads,
 * nothing else does either, and on PostgreSQL a trigger refuses any update or delete.
 */
@Repository
@DependsOnDatabaseInitialization
public class AccessAudit {

	public enum Outcome {

		/** The request was answered. */
		ALLOWED,
		/**
		 * Authentication or authorization refused it (401, 403, or 404 for a case that
		 * exists).
		 */
		REFUSED,
		/** Anything else that failed (bad input, missing). */
		FAILED

	}

	public record Entry(String id, Instant at, String userId, String method, String path, String processInstanceId,
			String childId, Outcome outcome, int status) {
	}

	/**
	 * @param childCases the child's case ids, so reads of a case that names the child by
	 * household count too
	 */
	public record Query(String childId, Collection<String> childCases, String processInstanceId, String userId,
			Instant from, Instant to, int page, int size) {
	}

	public record Page(List<Entry> entries, int page, int size, long total) {
	}

	private final JdbcTemplate jdbc;

	AccessAudit(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public void record(Entry entry) {
		jdbc.update(
				"insert into SG_ACCESS_AUDIT (ID, AT, USER_ID, METHOD, PATH, PROC_INST_ID, CHILD_ID, OUTCOME, STATUS) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.id() != null ? entry.id() : UUID.randomUUID().toString(), Timestamp.from(entry.at()),
				entry.userId(), entry.method(), truncate(entry.path(), 1000), entry.processInstanceId(),
				truncate(entry.childId(), 100), entry.outcome().name(), entry.status());
	}

	public Page find(Query query) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (query.childId() != null) {
			where.append(" and (CHILD_ID = ?");
			args.add(query.childId());
			if (!query.childCases().isEmpty()) {
				where.append(" or PROC_INST_ID in (")
					.append(String.join(", ", query.childCases().stream().map(c -> "?").toList()))
					.append(")");
				args.addAll(query.childCases());
			}
			where.append(")");
		}
		if (query.processInstanceId() != null) {
			where.append(" and PROC_INST_ID = ?");
			args.add(query.processInstanceId());
		}
		if (query.userId() != null) {
			where.append(" and USER_ID = ?");
			args.add(query.userId());
		}
		if (query.from() != null) {
			where.append(" and AT >= ?");
			args.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			where.append(" and AT < ?");
			args.add(Timestamp.from(query.to()));
		}
		Long total = jdbc.queryForObject("select count(*) from SG_ACCESS_AUDIT" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(query.size());
		pageArgs.add((long) query.page() * query.size());
		List<Entry> entries = jdbc.query(
				"select ID, AT, USER_ID, METHOD, PATH, PROC_INST_ID, CHILD_ID, OUTCOME, STATUS "
						+ "from SG_ACCESS_AUDIT" + where + " order by AT desc, ID limit ? offset ?",
				(rs, n) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), Outcome.valueOf(rs.getString(8)),
						rs.getInt(9)),
				pageArgs.toArray());
		return new Page(entries, query.page(), query.size(), total == null ? 0 : total);
	}

	private static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
