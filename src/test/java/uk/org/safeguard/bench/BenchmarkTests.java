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

	static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 100000);

	/** Run only some phases, e.g. {@code -Dbench.only=storm,tasklist}. */
	static final List<String> ONLY = List
		.of(System.getProperty("bench.only", "jdbc,raw,journey,storm,tasklist").split(","));

	final Map<String, Object> results = new LinkedHashMap<>();

	@Test
	void benchmark() throws Exception {
		EmbeddedPostgres embedded = null;
		String url = System.getenv("SAFEGUARD_DB_URL");
		// The job executor is configured from the application's properties but held until
		// the storm starts.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
				"--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 12)));
		if (url == null) {
			embedded = EmbeddedPostgres.builder().start();
			args.addAll(List.of("--SAFEGUARD_DB_URL=" + embedded.getJdbcUrl("postgres", "postgres"),
					"--SAFEGUARD_DB_USER=postgres", "--SAFEGUARD_DB_PASSWORD=postgres"));
		}
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter(p -> p.startsWith("camunda.") || p.startsWith("safeguard."))
			.forEach(p -> args.add("--" + p + "=" + System.getProperty(p)));
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
				journey(engine);
			}
			if (ONLY.contains("storm")) {
				escalationStorm(engine);
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
		long commits = forThreads(Duration.ofSeconds(Math.min(SECONDS, 10)), () -> {
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
		long tx = forThreads(Duration.ofSeconds(SECONDS), () -> {
			String id = runtime.startProcessInstanceByKey("BenchRawProcess").getId();
			tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
			return 2;
		});
		results.put("rawEngineTxPerSecond", round(tx / (double) SECONDS));
	}

	/**
	 * The referral journey: start, quality review approved, sent to MASH (async job),
	 * MASH decides.
	 */
	void journey(ProcessEngine engine) throws Exception {
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		ManagementService management = engine.getManagementService();
		AtomicLong journeys = new AtomicLong();
		long tx = forThreads(Duration.ofSeconds(SECONDS), () -> {
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
		results.put("journeyTxPerSecond", round(journeyTx));
		results.put("journeysPerSecond", round(journeys.get() / (double) SECONDS));
		results.put("journeyToRawRatio", round(journeyTx / (Double) results.get("rawEngineTxPerSecond")));
	}

	void escalationStorm(ProcessEngine engine) throws Exception {
		RuntimeService runtime = engine.getRuntimeService();
		Date eightDaysAgo = Date.from(Instant.now().minus(Duration.ofDays(8)));
		AtomicLong next = new AtomicLong();
		Instant importStart = Instant.now();
		runAll(() -> {
			long i;
			while ((i = next.getAndIncrement()) < STORM) {
				runtime.startProcessInstanceByKey("InvestigationProcess", "STORM-" + i,
						Map.of("crimeReference", "STORM-" + i, "offenceType", "NEGLECT", "team", "CAVAA", "riskLevel",
								"MEDIUM", "recordedAt", eightDaysAgo));
			}
			return 0;
		});
		double importSeconds = Duration.between(importStart, Instant.now()).toMillis() / 1000.0;
		TaskService tasks = engine.getTaskService();
		var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		Instant start = Instant.now();
		jobExecutor.start();
		long done;
		while ((done = tasks.createTaskQuery().taskDefinitionKey("Task_EscalateOverdueReview").count()) < STORM
				&& Duration.between(start, Instant.now()).toMinutes() < 15) {
			Thread.sleep(250);
		}
		double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		jobExecutor.shutdown();
		long distinct = tasks.createTaskQuery()
			.taskDefinitionKey("Task_EscalateOverdueReview")
			.list()
			.stream()
			.map(Task::getProcessInstanceId)
			.distinct()
			.count();
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

	void tasklist(ConfigurableApplicationContext app, ProcessEngine engine) throws Exception {
		ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		TaskService tasks = engine.getTaskService();
		List<String> groups = SafeguardGroups.CASEWORK;
		AtomicLong created = new AtomicLong();
		Instant start = Instant.now();
		runAll(() -> {
			while (created.get() < OPEN_TASKS) {
				config.getCommandExecutorTxRequired().execute(ctx -> {
					for (int k = 0; k < 250; k++) {
						long n = created.getAndIncrement();
						if (n >= OPEN_TASKS) {
							break;
						}
						Task task = tasks.newTask();
						task.setName("Bench task " + n);
						// due dates spread from 10 days ago to 20 days ahead: a third are
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
		Map<String, Object> tasklist = new LinkedHashMap<>();
		tasklist.put("openTasks", tasks.createTaskQuery().count());
		tasklist.put("createSeconds", round(Duration.between(start, Instant.now()).toMillis() / 1000.0));
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		RestTemplate rest = new RestTemplate();
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("ds.demo", "demo");
		headers.setContentType(MediaType.APPLICATION_JSON);
		String base = "http://localhost:" + port + "/engine-rest";
		Filter overdue = engine.getFilterService().createFilterQuery().filterName("Overdue").singleResult();
		tasklist.put("candidateGroupQuery",
				latency(() -> rest.exchange(
						base + "/task?candidateGroup=police-ds&sortBy=dueDate&sortOrder=asc&maxResults=50",
						HttpMethod.GET, new HttpEntity<>(headers), String.class)));
		tasklist.put("overdueFilterList",
				latency(() -> rest.exchange(base + "/filter/" + overdue.getId() + "/list?firstResult=0&maxResults=50",
						HttpMethod.POST, new HttpEntity<>("{}", headers), String.class)));
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
	}

	static Map<String, Object> latency(java.util.concurrent.Callable<?> request) throws Exception {
		for (int i = 0; i < 20; i++) {
			request.call(); // warm up
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			long t = System.nanoTime();
			request.call();
			millis.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(millis);
		Map<String, Object> l = new LinkedHashMap<>();
		l.put("requests", millis.size());
		l.put("p50Ms", round(millis.get(99)));
		l.put("p95Ms", round(millis.get(189)));
		l.put("p99Ms", round(millis.get(197)));
		return l;
	}

	/**
	 * Runs the work on every thread for the duration; returns the summed units of work
	 * (transactions).
	 */
	static long forThreads(Duration duration, java.util.concurrent.Callable<Integer> work) throws Exception {
		Instant end = Instant.now().plus(duration);
		AtomicLong units = new AtomicLong();
		runAll(() -> {
			while (Instant.now().isBefore(end)) {
				units.addAndGet(work.call());
			}
			return 0;
		});
		return units.get();
	}

	static void runAll(java.util.concurrent.Callable<Integer> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
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
		Path out = Path.of("target", "bench", "results.json");
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
