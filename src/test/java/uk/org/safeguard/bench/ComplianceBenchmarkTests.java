package uk.org.safeguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import uk.org.safeguard.compliance.ComplianceService;
import uk.org.safeguard.compliance.TaskDeadlines;

/**
 * The compliance report at 1,000,000 historic tasks ({@code -Dbench.historicTasks}): the
 * reporting table is filled in bulk, then the report for the last year is timed 50 times.
 * Writes {@code target/bench/compliance.json}.
 */
@Tag("bench")
class ComplianceBenchmarkTests {

	static final int ROWS = Integer.getInteger("bench.historicTasks", 1_000_000);

	static final String[] PROCESSES = { "InvestigationProcess", "ChildReferralProcess", "AgencyActionProcess",
			"Section47EnquiryProcess", "MissingChildProcess", "ChildInCustodyProcess", "RsoManagementProcess" };

	static final String[] GROUPS = { "police-ds", "police-di", "csc-mash", "csc-social-worker", "health", "education",
			"police-custody-sergeant", "police-offender-manager" };

	@Test
	void complianceAtAMillionHistoricTasks() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			var dataSource = postgres.getPostgresDatabase();
			uk.org.safeguard.system.SafeguardSchema.migrate(dataSource);
			TaskDeadlines deadlines = new TaskDeadlines(dataSource);
			Instant now = Instant.now();
			Instant start = Instant.now();
			try (Connection c = dataSource.getConnection();
					PreparedStatement insert = c.prepareStatement(
							"insert into SG_TASK_DEADLINE (TASK_ID, PROC_INST_ID, PROCESS_KEY, TASK_KEY, CANDIDATE_GROUP, TEAM, "
									+ "CREATED_AT, DUE_AT, COMPLETED_AT, STATE, LATE_SECONDS, ESCALATION_OF) "
									+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				c.setAutoCommit(false);
				for (int i = 0; i < ROWS; i++) {
					Instant created = now.minus(Duration.ofMinutes((long) i * 525_600L / ROWS * 2));
					Instant due = created.plus(Duration.ofHours(24 + i % 72));
					boolean open = i % 20 == 0;
					long lateSeconds = i % 4 == 0 ? (i % 50) * 3600L : 0;
					insert.setString(1, "T" + i);
					insert.setString(2, "P" + i / 3);
					insert.setString(3, PROCESSES[i % PROCESSES.length]);
					insert.setString(4, "Task_" + (i % 11));
					insert.setString(5, GROUPS[i % GROUPS.length]);
					insert.setString(6, i % 6 == 0 ? "CAVAA" : "EMERALD");
					insert.setTimestamp(7, Timestamp.from(created));
					insert.setTimestamp(8, Timestamp.from(due));
					insert.setTimestamp(9, open ? null : Timestamp.from(due.plusSeconds(lateSeconds)));
					insert.setString(10, open ? TaskDeadlines.OPEN : TaskDeadlines.COMPLETED);
					if (open) {
						insert.setNull(11, java.sql.Types.BIGINT);
					}
					else {
						insert.setLong(11, lateSeconds);
					}
					insert.setString(12, i % 17 == 0 ? "Task_1" : null);
					insert.addBatch();
					if (i % 5000 == 4999) {
						insert.executeBatch();
						c.commit();
					}
				}
				insert.executeBatch();
				c.commit();
			}
			try (Connection c = dataSource.getConnection()) {
				c.createStatement().execute("analyze SG_TASK_DEADLINE");
			}
			double loadSeconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
			ComplianceService compliance = new ComplianceService(deadlines);
			ComplianceService.Filter lastYear = new ComplianceService.Filter(now.minus(Duration.ofDays(365)),
					now.plusSeconds(1), null, null, null);
			ComplianceService.Filter oneGroup = new ComplianceService.Filter(now.minus(Duration.ofDays(90)),
					now.plusSeconds(1), null, "police-ds", null);
			Map<String, Object> results = new LinkedHashMap<>();
			results.put("historicTasks", ROWS);
			results.put("loadSeconds", loadSeconds);
			results.put("lastYearAllProcesses", time(() -> compliance.report(lastYear)));
			results.put("last90DaysOneGroup", time(() -> compliance.report(oneGroup)));
			Path out = Path.of("target", "bench", "compliance.json");
			Files.createDirectories(out.getParent());
			String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
			Files.writeString(out, json);
			System.out.println("\n==== Compliance report at " + ROWS + " historic tasks ====\n" + json);
		}
	}

	static Map<String, Object> time(Runnable report) {
		for (int i = 0; i < 3; i++) {
			report.run();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			long t = System.nanoTime();
			report.run();
			millis.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(millis);
		return Map.of("p50Ms", Math.round(millis.get(24)), "p95Ms", Math.round(millis.get(47)), "maxMs",
				Math.round(millis.get(49)));
	}

}
