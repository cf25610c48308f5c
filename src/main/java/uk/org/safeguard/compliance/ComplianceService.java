package uk.org.safeguard.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import uk.org.safeguard.compliance.ComplianceReport.Counts;
import uk.org.safeguard.compliance.ComplianceReport.Line;

/**
 * Builds the {@link ComplianceReport} with one grouped query over the reporting table.
 */
@Service
public class ComplianceService {

	/** Filters; null means all. */
	public record Filter(Instant from, Instant to, String processKey, String group, String team) {
	}

	private final TaskDeadlines deadlines;

	public ComplianceService(TaskDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	public ComplianceReport report(Filter filter) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		StringBuilder where = new StringBuilder(" where CREATED_AT >= ? and CREATED_AT < ?");
		List<Object> args = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now),
				Timestamp.from(filter.from()), Timestamp.from(filter.to())));
		if (filter.processKey() != null) {
			where.append(" and PROCESS_KEY = ?");
			args.add(filter.processKey());
		}
		if (filter.group() != null) {
			where.append(" and CANDIDATE_GROUP = ?");
			args.add(filter.group());
		}
		if (filter.team() != null) {
			where.append(" and TEAM = ?");
			args.add(filter.team());
		}
		String sql = "select PROCESS_KEY, TASK_KEY, CANDIDATE_GROUP, "
				+ "sum(case when STATE = 'COMPLETED' and LATE_SECONDS = 0 then 1 else 0 end), "
				+ "sum(case when STATE = 'COMPLETED' and LATE_SECONDS > 0 then 1 else 0 end), "
				+ "sum(case when STATE = 'COMPLETED' and LATE_SECONDS > 0 then LATE_SECONDS else 0 end), "
				+ "max(case when STATE = 'COMPLETED' then LATE_SECONDS else 0 end), "
				+ "sum(case when STATE = 'OPEN' and DUE_AT < ? then 1 else 0 end), "
				+ "sum(case when STATE = 'OPEN' and DUE_AT >= ? then 1 else 0 end), "
				+ "sum(case when ESCALATION_OF is not null and CREATED_AT <= ? then 1 else 0 end) "
				+ "from SG_TASK_DEADLINE" + where + " group by PROCESS_KEY, TASK_KEY, CANDIDATE_GROUP";
		List<Raw> rows = deadlines.jdbc()
			.query(sql,
					(rs, n) -> new Raw(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
							rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)),
					args.toArray());
		return new ComplianceReport(filter.from(), filter.to(), now, sum(rows), rollUp(rows, r -> r.processKey + "|"),
				rollUp(rows, r -> r.processKey + "|" + r.taskKey), rollUp(rows, r -> "||" + r.group));
	}

	private record Raw(String processKey, String taskKey, String group, long onTime, long late, long lateSeconds,
			long maxLateSeconds, long openOverdue, long openInTime, long escalations) {
	}

	private static List<Line> rollUp(List<Raw> rows, Function<Raw, String> key) {
		Map<String, List<Raw>> groups = new LinkedHashMap<>();
		rows.stream()
			.sorted(java.util.Comparator.comparing(key))
			.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
		List<Line> lines = new ArrayList<>();
		groups.forEach((k, members) -> {
			String[] parts = (k + "|").split("\\|", -1);
			String group = blankToNull(parts[2]);
			lines.add(new Line(blankToNull(parts[0]), blankToNull(parts[1]), group,
					group == null ? null : uk.org.safeguard.identity.SafeguardGroups.NAMES.getOrDefault(group, group),
					sum(members)));
		});
		return lines;
	}

	private static String blankToNull(String s) {
		return s == null || s.isEmpty() || "null".equals(s) ? null : s;
	}

	private static Counts sum(List<Raw> rows) {
		long onTime = 0;
		long late = 0;
		long lateSeconds = 0;
		long maxLate = 0;
		long overdue = 0;
		long inTime = 0;
		long escalations = 0;
		for (Raw r : rows) {
			onTime += r.onTime;
			late += r.late;
			lateSeconds += r.lateSeconds;
			maxLate = Math.max(maxLate, r.maxLateSeconds);
			overdue += r.openOverdue;
			inTime += r.openInTime;
			escalations += r.escalations;
		}
		return new Counts(onTime, late, late == 0 ? 0 : round(lateSeconds / 3600.0 / late), round(maxLate / 3600.0),
				overdue, inTime, escalations);
	}

	private static double round(double hours) {
		return Math.round(hours * 10) / 10.0;
	}

}
