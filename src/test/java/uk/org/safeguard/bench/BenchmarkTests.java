package uk.org.safeguard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestTemplate;

import uk.org.safeguard.SafeguardApplication;
import uk.org.safeguard.identity.SafeguardGroups;

/**
 * The benchmark of docs/performance.md: {@code ./mvnw -Pbench verify}. Runs the real
 * application on PostgreSQL (embedded, or {@code SAFEGUARD_DB_URL}), measures, prints a
 * table and writes {@code target/bench/results.json}. Figures are written down, never
 * asserted: a slow machine must not fail a build. Settings: {@code -Dbench.seconds}
 * (default 30), {@code -Dbench.threads} (8), {@code -Dbench.storm} (10000),
 * {@code -Dbench.tasks} (100000).
 */
@Tag("bench")
class BenchmarkTests {

	static final int SECONDS = Integer.getInteger("bench.seconds", 30);

	static final int THREADS = Integer.getInteger("bench.threads", 8);

	static final int STORM = Integer.getInteger("bench.storm", 10000);

	/**
	 * Open-task sizes at which the Tasklist is measured, growing one into the next, e.g.
	 * {@code -Dbench.tasks=10000,50000,100000,200000}.
	 */
	static final List<Integer> OPEN_TASKS = integers("bench.tasks", "100000");

	/** Client threads of the journey's growth curve, e.g. {@code 1,4,8,16}. */
	static final List<Integer> JOURNEY_THREADS = integers("bench.journeyThreads", String.valueOf(THREADS));

	/**
	 * Logs the plans ({@code EXPLAIN ANALYZE, BUFFERS} through PostgreSQL's auto_explain)
	 * of every statement of one Tasklist request of each kind, at the largest size, to
	 * {@code target/bench/explain.txt}. Embedded PostgreSQL only.
	 */
	static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");

	static final Path OUT = Path.of("target", "bench");

	/** Timed requests per Tasklist query (after 20 to warm up). */
	static final int REQUESTS = Integer.getInteger("bench.requests", 200);

	/** Investigations owing an escalation when the other node is killed. */
	static final int CRASH = Integer.getInteger("bench.crash", 2000);

	/** Run only some phases, e.g. {@code -Dbench.only=storm,tasklist}. */
	static final List<String> ONLY = List
		.of(System.getProperty("bench.only", "jdbc,raw,journey,storm,crash,tasklist").split(","));

	final Map<String, Object> results = new LinkedHashMap<>();

	@Test
	void benchmark() throws Exception {
		EmbeddedPostgres embedded = null;
		String url = System.getenv("SAFEGUARD_DB_URL");
		// The job executor is configured from the application's properties but held until
		// the storm starts.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
				"--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 12)));
		List<String> databaseArgs = new ArrayList<>();
		if (url == null) {
			Files.createDirectories(OUT);
			Files.deleteIfExists(OUT.resolve("postgres.log"));
			// auto_explain is loaded into every session, silent (its default) until the
			// Tasklist phase switches it on with ALTER SYSTEM (a -c setting here would
			// override that).
			embedded = EmbeddedPostgres.builder()
				.setServerConfig("session_preload_libraries", "auto_explain")
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(OUT.resolve("postgres.log").toFile()))
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(OUT.resolve("postgres.log").toFile()))
				.start();
			// -Dbench.jdbc=prepareThreshold=0 etc.: driver settings appended to the URL
			String jdbcOptions = System.getProperty("bench.jdbc", "");
			databaseArgs.addAll(List.of(
					"--SAFEGUARD_DB_URL=" + embedded.getJdbcUrl("postgres", "postgres")
							+ (jdbcOptions.isEmpty() ? "" : "&" + jdbcOptions),
					"--SAFEGUARD_DB_USER=postgres", "--SAFEGUARD_DB_PASSWORD=postgres"));
			args.addAll(databaseArgs);
		}
		args.addAll(applicationProperties());
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafeguardApplication.class)
			.profiles("postgres", "demo")
			.run(args.toArray(String[]::new))) {
			ProcessEngine engine = app.getBean(ProcessEngine.class);
			((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
			machine(app);
			if (Boolean.getBoolean("bench.authIndex")) {
				try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
					s.execute("create index if not exists SG_IDX_AUTH_RESOURCE on ACT_RU_AUTHORIZATION "
							+ "(RESOURCE_TYPE_, RESOURCE_ID_, GROUP_ID_)");
				}
				results.put("authorizationIndex", true);
			}
			if (Boolean.getBoolean("bench.taskDueIndex")) {
				try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
					s.execute("create index if not exists SG_IDX_TASK_DUE on ACT_RU_TASK (DUE_DATE_)");
				}
				results.put("taskDueDateIndex", true);
			}
			if (ONLY.contains("jdbc")) {
				jdbcCommits(app.getBean(DataSource.class));
			}
			if (ONLY.contains("raw")) {
				rawEngine(engine);
			}
			if (ONLY.contains("journey") && ONLY.contains("raw")) {
				journey(engine, THREADS);
				if (JOURNEY_THREADS.size() > 1) {
					Map<String, Object> curve = new LinkedHashMap<>();
					for (int threads : JOURNEY_THREADS) {
						curve.put(threads + " threads", journey(engine, threads));
					}
					results.put("journeyGrowth", curve);
				}
			}
			if (ONLY.contains("storm")) {
				escalationStorm(engine);
			}
			if (ONLY.contains("crash")) {
				crash(app, engine, databaseArgs);
			}
			if (ONLY.contains("tasklist")) {
				tasklist(app, engine);
			}
		}
		finally {
			if (embedded != null) {
				embedded.close();
			}
			write();
		}
	}

	void machine(ConfigurableApplicationContext app) throws Exception {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memory", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "));
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
		try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			var rs = s.executeQuery("select version()");
			rs.next();
			machine.put("database", rs.getString(1));
		}
		machine.put("threads", THREADS);
		machine.put("seconds", SECONDS);
		results.put("machine", machine);
	}

	void jdbcCommits(DataSource dataSource) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("create table if not exists BENCH_COMMIT (ID bigserial primary key, V int)");
		}
		long commits = forThreads("jdbc", THREADS, Duration.ofSeconds(Math.min(SECONDS, 10)), () -> {
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				try (PreparedStatement p = c.prepareStatement("insert into BENCH_COMMIT (V) values (?)")) {
					p.setInt(1, 1);
					p.executeUpdate();
				}
				c.commit();
			}
			return 1;
		});
		results.put("jdbcCommitsPerSecond", round(commits / (double) Math.min(SECONDS, 10)));
	}

	void rawEngine(ProcessEngine engine) throws Exception {
		engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("bench/BenchRawProcess.bpmn")
			.addClasspathResource("bench/BenchForm.form")
			.deploy();
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		long rowsBefore = rowsWritten(engine);
		long tx = forThreads("raw", THREADS, Duration.ofSeconds(SECONDS), () -> {
			String id = runtime.startProcessInstanceByKey("BenchRawProcess").getId();
			tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
			return 2;
		});
		results.put("rawEngineTxPerSecond", round(tx / (double) SECONDS));
		results.put("rawRowsWrittenPerTransaction", rowsPerTransaction(rowsBefore, rowsWritten(engine), tx));
	}

	/**
	 * The referral journey: start, quality review approved, sent to MASH (async job),
	 * MASH decides.
	 */
	Map<String, Object> journey(ProcessEngine engine, int threads) throws Exception {
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		ManagementService management = engine.getManagementService();
		AtomicLong journeys = new AtomicLong();
		long sizeBefore = databaseBytes(engine);
		long rowsBefore = rowsWritten(engine);
		long tx = forThreads("journey", threads, Duration.ofSeconds(SECONDS), () -> {
			Map<String, Object> v = new HashMap<>();
			v.put("childId", "BENCH");
			v.put("childName", "Bench Child");
			v.put("childDateOfBirth", "2015-01-01");
			v.put("concernType", "NEGLECT");
			v.put("concernSummary", "Benchmark");
			v.put("incidentAt", new Date(System.currentTimeMillis() - 3600_000));
			v.put("incidentLocation", "Bench Street");
			v.put("immediateRisk", false);
			v.put("childBehaviourAndDemeanour", "Calm");
			v.put("childWords", "Fine");
			v.put("referringOfficer", "frontline.demo");
			String id = runtime.startProcessInstanceByKey("ChildReferralProcess", v).getId();
			tasks.complete(task(tasks, id, "Task_ReviewReferralQuality"), Map.of("referralQuality", "APPROVED"));
			Job send = management.createJobQuery().processInstanceId(id).activityId("Task_SendToMash").singleResult();
			management.executeJob(send.getId());
			tasks.complete(task(tasks, id, "Task_DecideReferralOutcome"),
					Map.of("mashDecision", "NO_FURTHER_ACTION", "mashDecisionReason", "Benchmark"));
			journeys.incrementAndGet();
			return 4;
		});
		double journeyTx = tx / (double) SECONDS;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("journeyTxPerSecond", round(journeyTx));
		figures.put("journeysPerSecond", round(journeys.get() / (double) SECONDS));
		figures.put("journeyToRawRatio", round(journeyTx / (Double) results.get("rawEngineTxPerSecond")));
		figures.put("journeyRowsWrittenPerTransaction", rowsPerTransaction(rowsBefore, rowsWritten(engine), tx));
		// What one finished referral adds to the database (tables, history and indexes)
		figures.put("databaseKbPerJourney", round((databaseBytes(engine) - sizeBefore) / 1024.0 / journeys.get()));
		if (threads == THREADS && !results.containsKey("journeyTxPerSecond")) {
			results.putAll(figures);
		}
		return figures;
	}

	/**
	 * Imports investigations recorded 8 days ago: each owes an overdue DS review, so each
	 * has a due escalation timer. Returns the seconds taken.
	 */
	static double importOverdueInvestigations(ProcessEngine engine, String prefix, int count) throws Exception {
		RuntimeService runtime = engine.getRuntimeService();
		Date eightDaysAgo = Date.from(Instant.now().minus(Duration.ofDays(8)));
		AtomicLong next = new AtomicLong();
		Instant importStart = Instant.now();
		runAll("import", THREADS, () -> {
			long i;
			while ((i = next.getAndIncrement()) < count) {
				runtime.startProcessInstanceByKey("InvestigationProcess", prefix + "-" + i,
						Map.of("crimeReference", prefix + "-" + i, "offenceType", "NEGLECT", "team", "CAVAA",
								"riskLevel", "MEDIUM", "recordedAt", eightDaysAgo));
			}
			return 0;
		});
		return Duration.between(importStart, Instant.now()).toMillis() / 1000.0;
	}

	void escalationStorm(ProcessEngine engine) throws Exception {
		double importSeconds = importOverdueInvestigations(engine, "STORM", STORM);
		TaskService tasks = engine.getTaskService();
		var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		Instant start = Instant.now();
		jobExecutor.start();
		long done;
		while ((done = escalations(engine, "STORM")) < STORM
				&& Duration.between(start, Instant.now()).toMinutes() < 15) {
			Thread.sleep(250);
		}
		double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		jobExecutor.shutdown();
		long distinct = escalatedInstances(engine, "STORM");
		Map<String, Object> storm = new LinkedHashMap<>();
		storm.put("investigations", STORM);
		storm.put("importSeconds", round(importSeconds));
		storm.put("escalations", done);
		storm.put("seconds", round(seconds));
		storm.put("escalationsPerSecond", round(done / seconds));
		storm.put("duplicates", done - distinct);
		var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		storm.put("maxJobsPerAcquisition", config.getJobExecutor().getMaxJobsPerAcquisition());
		if (config
			.getJobExecutor() instanceof org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor spring
				&& spring
					.getTaskExecutor() instanceof org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool) {
			storm.put("jobExecutorThreads", pool.getCorePoolSize() + "-" + pool.getMaxPoolSize());
		}
		results.put("escalationStorm", storm);
	}

	/**
	 * Rows inserted, updated and deleted in the database so far (PostgreSQL's statistics
	 * collector, which lags by up to half a second).
	 */
	static long rowsWritten(ProcessEngine engine) throws Exception {
		Thread.sleep(700);
		var dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			var rs = s.executeQuery("select tup_inserted + tup_updated + tup_deleted from pg_stat_database "
					+ "where datname = current_database()");
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Rows written per transaction of the phase (the phase's own count of transactions).
	 */
	static double rowsPerTransaction(long before, long after, long transactions) {
		return round((after - before) / (double) Math.max(1, transactions));
	}

	static long databaseBytes(ProcessEngine engine) throws Exception {
		var dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			var rs = s.executeQuery("select pg_database_size(current_database())");
			rs.next();
			return rs.getLong(1);
		}
	}

	static long escalations(ProcessEngine engine, String prefix) {
		return engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_EscalateOverdueReview")
			.processInstanceBusinessKeyLike(prefix + "-%")
			.count();
	}

	static long escalatedInstances(ProcessEngine engine, String prefix) {
		return engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_EscalateOverdueReview")
			.processInstanceBusinessKeyLike(prefix + "-%")
			.list()
			.stream()
			.map(Task::getProcessInstanceId)
			.distinct()
			.count();
	}

	/**
	 * A second node (a separate JVM of the same application on the same database) starts
	 * escalating, and is killed with SIGKILL while it holds locked jobs. This node must
	 * take them over once their locks expire: none lost, none escalated twice.
	 */
	void crash(ConfigurableApplicationContext app, ProcessEngine engine, List<String> databaseArgs) throws Exception {
		double importSeconds = importOverdueInvestigations(engine, "CRASH", CRASH);
		var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx1g", "-cp", classPath(), SafeguardApplication.class.getName(), "--spring.profiles.active=postgres",
				"--server.port=0", "--camunda.bpm.job-execution.enabled=true",
				"--safeguard.identity.admin-password=bench-other-node"));
		command.addAll(databaseArgs);
		command.addAll(applicationProperties());
		Process other = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(OUT.resolve("killed-node.log").toFile())
			.start();
		String thisNode = config.getJobExecutor().getLockOwner();
		Instant started = Instant.now();
		long lockedByOther = 0;
		while (Duration.between(started, Instant.now()).toMinutes() < 5) {
			Thread.sleep(200);
			lockedByOther = lockedJobs(app, thisNode);
			if (lockedByOther > 0 && escalations(engine, "CRASH") >= CRASH / 10) {
				break;
			}
		}
		other.destroyForcibly(); // SIGKILL: no shutdown hook, no unlock
		other.waitFor();
		Instant killed = Instant.now();
		long lockedAtKill = lockedJobs(app, thisNode);
		long escalatedBeforeKill = escalations(engine, "CRASH");
		config.getJobExecutor().start();
		long done;
		Instant firstTakenOver = null;
		while ((done = escalations(engine, "CRASH")) < CRASH
				&& Duration.between(killed, Instant.now()).toMinutes() < 10) {
			if (firstTakenOver == null && lockedAtKill > 0 && lockedJobs(app, thisNode) < lockedAtKill) {
				firstTakenOver = Instant.now();
			}
			Thread.sleep(250);
		}
		double seconds = Duration.between(killed, Instant.now()).toMillis() / 1000.0;
		config.getJobExecutor().shutdown();
		long distinct = escalatedInstances(engine, "CRASH");
		Map<String, Object> crash = new LinkedHashMap<>();
		crash.put("investigations", CRASH);
		crash.put("importSeconds", round(importSeconds));
		crash.put("lockTimeMillis", config.getJobExecutor().getLockTimeInMillis());
		crash.put("maxAcquisitionWaitMillis", config.getJobExecutor().getMaxWait());
		crash.put("escalatedByTheKilledNode", escalatedBeforeKill);
		crash.put("jobsLockedByTheKilledNode", lockedAtKill);
		crash.put("secondsUntilAllEscalated", round(seconds));
		crash.put("secondsUntilFirstLockTakenOver",
				firstTakenOver == null ? null : round(Duration.between(killed, firstTakenOver).toMillis() / 1000.0));
		crash.put("escalations", done);
		crash.put("duplicates", done - distinct);
		crash.put("lost", CRASH - distinct);
		results.put("crashTakeover", crash);
	}

	/**
	 * This JVM's class path without empty entries: those mean the working directory,
	 * whose bpmn/ folder would be deployed a second time.
	 */
	static String classPath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter(entry -> !entry.isBlank() && !entry.equals("."))
			.distinct()
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
	}

	/** Jobs locked by another node (this node's executor is stopped). */
	static long lockedJobs(ConfigurableApplicationContext app, String thisNode) throws Exception {
		try (Connection c = app.getBean(DataSource.class).getConnection();
				PreparedStatement s = c
					.prepareStatement("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null "
							+ "and LOCK_OWNER_ <> ? and LOCK_EXP_TIME_ > current_timestamp")) {
			s.setString(1, thisNode);
			var rs = s.executeQuery();
			rs.next();
			return rs.getLong(1);
		}
	}

	void tasklist(ConfigurableApplicationContext app, ProcessEngine engine) throws Exception {
		ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		TaskService tasks = engine.getTaskService();
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		RestTemplate rest = new RestTemplate();
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("ds.demo", "demo");
		headers.setContentType(MediaType.APPLICATION_JSON);
		String base = "http://localhost:" + port + "/engine-rest";
		Filter overdue = engine.getFilterService().createFilterQuery().filterName("Overdue").singleResult();
		// What the Tasklist asks for one list: the page and its count.
		Map<String, java.util.concurrent.Callable<?>> requests = new LinkedHashMap<>();
		String groupQuery = "candidateGroup=police-ds&sortBy=dueDate&sortOrder=asc";
		requests.put("candidateGroupQuery", () -> rest.exchange(base + "/task?" + groupQuery + "&maxResults=50",
				HttpMethod.GET, new HttpEntity<>(headers), String.class));
		requests.put("candidateGroupCount", () -> rest.exchange(base + "/task/count?candidateGroup=police-ds",
				HttpMethod.GET, new HttpEntity<>(headers), String.class));
		requests.put("overdueFilterList",
				() -> rest.exchange(base + "/filter/" + overdue.getId() + "/list?firstResult=0&maxResults=50",
						HttpMethod.POST, new HttpEntity<>("{}", headers), String.class));
		requests.put("overdueFilterCount", () -> rest.exchange(base + "/filter/" + overdue.getId() + "/count",
				HttpMethod.POST, new HttpEntity<>("{}", headers), String.class));
		List<String> groups = SafeguardGroups.CASEWORK;
		AtomicLong created = new AtomicLong();
		Map<String, Object> growth = new LinkedHashMap<>();
		Map<String, Object> tasklist = null;
		for (int size : OPEN_TASKS) {
			Instant start = Instant.now();
			runAll("tasks", THREADS, () -> {
				while (created.get() < size) {
					config.getCommandExecutorTxRequired().execute(ctx -> {
						for (int k = 0; k < 250; k++) {
							long n = created.getAndIncrement();
							if (n >= size) {
								break;
							}
							Task task = tasks.newTask();
							task.setName("Bench task " + n);
							// due dates spread from 10 days ago to 20 days ahead: a third
							// are
							// overdue
							task.setDueDate(Date.from(Instant.now().plus(Duration.ofHours((n % 720) - 240))));
							tasks.saveTask(task);
							tasks.addCandidateGroup(task.getId(), groups.get((int) (n % groups.size())));
						}
						return null;
					});
				}
				return 0;
			});
			created.set(size);
			// Up-to-date planner statistics, as autovacuum keeps them in production (it
			// lags behind a bulk load like this one). -Dbench.sql: statements to try
			// first
			// (e.g. an index), separated by ';'.
			try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
				for (String sql : System.getProperty("bench.sql", "").split(";")) {
					if (!sql.isBlank()) {
						s.execute(sql);
					}
				}
				s.execute("analyze");
			}
			Map<String, Object> measured = new LinkedHashMap<>();
			measured.put("openTasks", tasks.createTaskQuery().count());
			measured.put("createSeconds", round(Duration.between(start, Instant.now()).toMillis() / 1000.0));
			for (var request : requests.entrySet()) {
				measured.put(request.getKey(), latency(request.getValue()));
			}
			growth.put(size + " tasks", measured);
			if (tasklist == null || size <= 100000) {
				tasklist = measured;
			}
		}
		if (EXPLAIN) {
			explain(app.getBean(DataSource.class), requests);
		}
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		tasklist.put("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024);
		tasklist.put("residentMb",
				Files.readAllLines(Path.of("/proc/self/status"))
					.stream()
					.filter(l -> l.startsWith("VmRSS"))
					.map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
					.findFirst()
					.orElse(-1L));
		tasklist.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
		results.put("tasklistQuery", tasklist);
		if (OPEN_TASKS.size() > 1) {
			results.put("tasklistGrowth", growth);
		}
	}

	/**
	 * Switches auto_explain on for every session, sends each request once, switches it
	 * off and keeps the plans of the statements that read tasks.
	 */
	static void explain(DataSource dataSource, Map<String, java.util.concurrent.Callable<?>> requests)
			throws Exception {
		Path log = OUT.resolve("postgres.log");
		if (!Files.exists(log)) {
			return;
		}
		StringBuilder plans = new StringBuilder();
		for (var request : requests.entrySet()) {
			long from = Files.size(log);
			autoExplain(dataSource, true);
			request.getValue().call();
			autoExplain(dataSource, false);
			String logged = Files.readString(log).substring((int) from);
			plans.append("==== ").append(request.getKey()).append(" ====\n");
			for (String entry : logged.split("(?m)^(?=[^\\n]*LOG:  duration: )")) {
				if (entry.contains("act_ru_task") || entry.contains("ACT_RU_TASK")) {
					plans.append(entry.strip()).append("\n\n");
				}
			}
		}
		Files.writeString(OUT.resolve("explain.txt"), plans);
	}

	static void autoExplain(DataSource dataSource, boolean on) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("alter system set auto_explain.log_min_duration = " + (on ? "0" : "-1"));
			s.execute("alter system set auto_explain.log_analyze = on");
			s.execute("alter system set auto_explain.log_buffers = on");
			s.execute("select pg_reload_conf()");
		}
		Thread.sleep(500); // every backend rereads its configuration before its next
							// command
	}

	static Map<String, Object> latency(java.util.concurrent.Callable<?> request) throws Exception {
		for (int i = 0; i < 20; i++) {
			request.call(); // warm up
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			long t = System.nanoTime();
			request.call();
			millis.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(millis);
		Map<String, Object> l = new LinkedHashMap<>();
		l.put("requests", millis.size());
		l.put("p50Ms", round(percentile(millis, 50)));
		l.put("p95Ms", round(percentile(millis, 95)));
		l.put("p99Ms", round(percentile(millis, 99)));
		return l;
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(List<Double> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	/**
	 * Runs the work on every thread for the duration; returns the summed units of work
	 * (transactions).
	 */
	static long forThreads(String name, int threads, Duration duration, java.util.concurrent.Callable<Integer> work)
			throws Exception {
		Instant end = Instant.now().plus(duration);
		AtomicLong units = new AtomicLong();
		runAll(name, threads, () -> {
			while (Instant.now().isBefore(end)) {
				units.addAndGet(work.call());
			}
			return 0;
		});
		return units.get();
	}

	/**
	 * Runs the work on that many threads, named {@code bench-<name>-n} for the profiles.
	 */
	static void runAll(String name, int threads, java.util.concurrent.Callable<Integer> work) throws Exception {
		AtomicLong n = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads,
				r -> new Thread(r, "bench-" + name + "-" + n.incrementAndGet()));
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(work));
			}
			for (Future<Integer> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The -Dcamunda.…, -Dsafeguard.… and -Dspring.… properties, as application arguments.
	 */
	static List<String> applicationProperties() {
		return System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter(p -> p.startsWith("camunda.") || p.startsWith("safeguard.") || p.startsWith("spring."))
			.map(p -> "--" + p + "=" + System.getProperty(p))
			.toList();
	}

	static List<Integer> integers(String property, String defaults) {
		return java.util.Arrays.stream(System.getProperty(property, defaults).split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
	}

	static String task(TaskService tasks, String processInstanceId, String key) {
		return tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(key)
			.singleResult()
			.getId();
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	void write() throws IOException {
		Path out = OUT.resolve("results.json");
		Files.createDirectories(out.getParent());
		String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
		Files.writeString(out, json);
		System.out.println("\n==== Safeguard benchmark (" + out + ") ====");
		print("", results);
	}

	@SuppressWarnings("unchecked")
	static void print(String prefix, Map<String, Object> map) {
		map.forEach((k, v) -> {
			if (v instanceof Map<?, ?> nested) {
				print(prefix + k + ".", (Map<String, Object>) nested);
			}
			else {
				System.out.printf("%-50s %s%n", prefix + k, v);
			}
		});
	}

}
