package uk.org.safeguard.compliance;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Safeguard's reporting table SG_TASK_DEADLINE: one row per user task that carries a due
 * date, kept up to date by the engine as tasks are created, re-dated, completed or
 * cancelled. Compliance questions ("how many were late, by how long, per process and
 * group") become one indexed GROUP BY instead of a scan of the engine's history tables,
 * so they stay fast as history grows.
 */
public class TaskDeadlines {

	public static final String OPEN = "OPEN";

	public static final String COMPLETED = "COMPLETED";

	public static final String CANCELLED = "CANCELLED";

	private final JdbcTemplate jdbc;

	public TaskDeadlines(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public record Row(String taskId, String processInstanceId, String processKey, String taskKey, String candidateGroup,
			String team, Date createdAt, Date dueAt, String escalationOf) {
	}

	public void opened(Row row) {
		int updated = jdbc.update("update SG_TASK_DEADLINE set DUE_AT = ?, CANDIDATE_GROUP = ? where TASK_ID = ?",
				ts(row.dueAt()), row.candidateGroup(), row.taskId());
		if (updated == 0) {
			jdbc.update(
					"insert into SG_TASK_DEADLINE (TASK_ID, PROC_INST_ID, PROCESS_KEY, TASK_KEY, CANDIDATE_GROUP, "
							+ "TEAM, CREATED_AT, DUE_AT, STATE, ESCALATION_OF) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					row.taskId(), row.processInstanceId(), row.processKey(), row.taskKey(), row.candidateGroup(),
					row.team(), ts(row.createdAt()), ts(row.dueAt()), OPEN, row.escalationOf());
		}
	}

	public void completed(String taskId, Date completedAt) {
		List<Timestamp> due = jdbc.query("select DUE_AT from SG_TASK_DEADLINE where TASK_ID = ?",
				(rs, n) -> rs.getTimestamp(1), taskId);
		if (due.isEmpty()) {
			return;
		}
		Long late = due.get(0) == null ? null
				: Math.max(0, Duration.between(due.get(0).toInstant(), completedAt.toInstant()).toSeconds());
		jdbc.update("update SG_TASK_DEADLINE set STATE = ?, COMPLETED_AT = ?, LATE_SECONDS = ? where TASK_ID = ?",
				COMPLETED, ts(completedAt), late, taskId);
	}

	public void cancelled(String taskId, Date at) {
		jdbc.update("update SG_TASK_DEADLINE set STATE = ?, COMPLETED_AT = ? where TASK_ID = ? and STATE = ?",
				CANCELLED, ts(at), taskId, OPEN);
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	static Timestamp ts(Date date) {
		return date == null ? null : new Timestamp(date.getTime());
	}

}
