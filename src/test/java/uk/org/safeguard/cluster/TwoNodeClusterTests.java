package uk.org.safeguard.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.org.safeguard.SafeguardApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Safeguard nodes on one PostgreSQL database (Camunda's homogeneous cluster): every
 * due escalation timer fires exactly once, work done on one node is seen on the other,
 * and when a node stops mid-run the other finishes its timers. The nodes run in this JVM
 * as two applications (own ports, engines and job executors); the database is their only
 * link, as in production.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTests {

	static final int TIMERS = 2000;

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext node1;

	static ConfigurableApplicationContext node2;

	@BeforeAll
	static void startDatabase() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopAll() throws IOException {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { node1, node2 }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
		postgres.close();
	}

	static ConfigurableApplicationContext startNode(String name, boolean jobExecutor) {
		return new SpringApplicationBuilder(SafeguardApplication.class).profiles("postgres", "demo")
			.run("--server.port=0", "--camunda.bpm.process-engine-name=" + name,
					"--camunda.bpm.job-execution.enabled=" + jobExecutor,
					// a stopped node's locked jobs are taken over after 10 s instead of
					// the default 5 min
					"--camunda.bpm.job-execution.lock-time-in-millis=10000",
					"--camunda.bpm.job-execution.max-jobs-per-acquisition=10",
					"--SAFEGUARD_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--SAFEGUARD_DB_USER=postgres",
					"--SAFEGUARD_DB_PASSWORD=postgres", "--spring.datasource.hikari.maximum-pool-size=10");
	}

	@Test
	@org.junit.jupiter.api.Order(1)
	void shouldFireEveryTimerOnceAcrossTwoNodesAndSurviveANodeStopping() throws Exception {
		node1 = startNode("node1", false);
		node2 = startNode("node2", false);
		RuntimeService runtime1 = node1.getBean(RuntimeService.class);
		TaskService tasks1 = node1.getBean(TaskService.class);
		TaskService tasks2 = node2.getBean(TaskService.class);
		HistoryService history2 = node2.getBean(HistoryService.class);

		// A task completed on one node is gone on the other.
		String action = runtime1.startProcessInstanceByKey("AgencyActionProcess",
				Map.of("agency", "health", "actionDescription", "Cluster check", "actionDueDate",
						Date.from(Instant.now().plus(Duration.ofDays(5))), "escalationGroup", "marac-coordinator",
						"caseReference", "CLUSTER"))
			.getId();
		Task onNode2 = tasks2.createTaskQuery().processInstanceId(action).singleResult();
		tasks2.complete(onNode2.getId(), Map.of("actionOutcome", "DONE", "actionNotes", "Done on node 2"));
		assertThat(tasks1.createTaskQuery().processInstanceId(action).count()).isZero();

		// 2,000 investigations recorded 8 days ago: each owes a DS review due on day 7,
		// already overdue.
		Date eightDaysAgo = Date.from(Instant.now().minus(Duration.ofDays(8)));
		for (int i = 0; i < TIMERS; i++) {
			runtime1.startProcessInstanceByKey("InvestigationProcess", "CL-" + i, Map.of("crimeReference", "CL-" + i,
					"offenceType", "NEGLECT", "team", "CAVAA", "riskLevel", "MEDIUM", "recordedAt", eightDaysAgo));
		}

		// Both nodes start their job executors; node 1 stops part-way through.
		node1.close();
		node1 = startNode("node1", true);
		node2.close();
		node2 = startNode("node2", true);
		TaskService tasksOn2 = node2.getBean(TaskService.class);
		waitUntil(Duration.ofMinutes(3), () -> escalations(tasksOn2) >= TIMERS / 4);
		node1.close();

		waitUntil(Duration.ofMinutes(5), () -> escalations(tasksOn2) >= TIMERS);
		ManagementService management2 = node2.getBean(ManagementService.class);
		HistoryService historyOn2 = node2.getBean(HistoryService.class);
		assertThat(escalations(tasksOn2)).isEqualTo(TIMERS);
		// Exactly once: one escalation per investigation, and no review timer left to
		// fire.
		List<Task> escalationTasks = tasksOn2.createTaskQuery().taskDefinitionKey("Task_EscalateOverdueReview").list();
		assertThat(escalationTasks.stream().map(Task::getProcessInstanceId).distinct().count()).isEqualTo(TIMERS);
		assertThat(management2.createJobQuery().activityId("BoundaryEvent_ReviewOverdue").count()).isZero();
		assertThat(
				historyOn2.createHistoricJobLogQuery().activityIdIn("BoundaryEvent_ReviewOverdue").successLog().count())
			.isEqualTo(TIMERS);
		assertThat(history2).isNotNull();
	}

	/**
	 * SPEC section 9: one case per Idempotency-Key whichever node answers, and after a
	 * restart.
	 */
	@Test
	@org.junit.jupiter.api.Order(2)
	void shouldStartOneCasePerIdempotencyKeyAcrossTwoNodesAndARestart() throws Exception {
		ConfigurableApplicationContext first = startNode("intake1", false);
		ConfigurableApplicationContext second = startNode("intake2", false);
		try {
			String childId = "C-CLUSTER-" + Instant.now().toEpochMilli();
			String body = "{\"childId\":\"" + childId
					+ "\",\"childName\":\"Sam Example\",\"childDateOfBirth\":\"2015-03-14\","
					+ "\"concernType\":\"NEGLECT\",\"concernSummary\":\"Alone at night\",\"incidentAt\":\"2026-11-28T02:00:00Z\","
					+ "\"incidentLocation\":\"Bedford\",\"immediateRisk\":false,\"childBehaviourAndDemeanour\":\"Quiet\","
					+ "\"childWords\":\"Mum was out\"}";
			var client = java.net.http.HttpClient.newHttpClient();
			List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 20; i++) {
				answers.add(client.sendAsync(intake(i % 2 == 0 ? first : second, "cluster-key", body),
						java.net.http.HttpResponse.BodyHandlers.ofString()));
			}
			List<Integer> statuses = new java.util.ArrayList<>();
			java.util.Set<String> bodies = new java.util.HashSet<>();
			for (var answer : answers) {
				statuses.add(answer.get().statusCode());
				bodies.add(answer.get().body());
			}
			assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
			assertThat(bodies).hasSize(1);

			first.close();
			first = startNode("intake1", false);
			var replay = client.send(intake(first, "cluster-key", body),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(replay.statusCode()).isEqualTo(200);
			assertThat(replay.body()).isEqualTo(bodies.iterator().next());
			assertThat(second.getBean(HistoryService.class)
				.createHistoricProcessInstanceQuery()
				.variableValueEquals("childId", childId)
				.count()).isEqualTo(1);
		}
		finally {
			first.close();
			second.close();
		}
	}

	/**
	 * Issue 18: a short job lock time (30 s in application.yml) lets a lock expire while
	 * the node holding it is still running the job (a long pause, a slow database).
	 * Another node then acquires the same job; optimistic locking on the job row must let
	 * only one of them count: one escalation, the other node's work rolled back.
	 */
	@Test
	@org.junit.jupiter.api.Order(3)
	void shouldEscalateOnceWhenAJobsLockExpiresWhileItIsStillRunning() throws Exception {
		ConfigurableApplicationContext first = startNode("lock1", false);
		ConfigurableApplicationContext second = startNode("lock2", false);
		try {
			String key = "LOCK-" + Instant.now().toEpochMilli();
			String id = first.getBean(RuntimeService.class)
				.startProcessInstanceByKey("InvestigationProcess", key,
						Map.of("crimeReference", key, "offenceType", "NEGLECT", "team", "CAVAA", "riskLevel", "MEDIUM",
								"recordedAt", Date.from(Instant.now().minus(Duration.ofDays(8)))))
				.getId();
			String jobId = first.getBean(ManagementService.class)
				.createJobQuery()
				.processInstanceId(id)
				.activityId("BoundaryEvent_ReviewOverdue")
				.singleResult()
				.getId();
			var engine1 = engineConfiguration(first);
			var engine2 = engineConfiguration(second);
			assertThat(acquire(engine1, jobId)).as("node 1 acquires the job").isTrue();

			javax.sql.DataSource database = first.getBean(javax.sql.DataSource.class);
			java.util.concurrent.atomic.AtomicReference<Throwable> node1Failure = new java.util.concurrent.atomic.AtomicReference<>();
			Thread node1 = new Thread(() -> {
				try {
					org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.executeJob(jobId,
							engine1.getCommandExecutorTxRequired());
				}
				catch (Throwable failure) {
					node1Failure.set(failure);
				}
			});
			try (java.sql.Connection blocker = database.getConnection()) {
				// Node 1 is held inside the job's transaction: recording the escalation
				// waits for this lock.
				blocker.setAutoCommit(false);
				blocker.createStatement().execute("lock table SG_TASK_DEADLINE in exclusive mode");
				node1.start();
				waitUntil(Duration.ofSeconds(30), () -> waitingForLocks(database) > 0);
				// Meanwhile its lock expires and node 2 acquires the job.
				org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
						Date.from(Instant.now().plusMillis(engine1.getJobExecutor().getLockTimeInMillis() + 1000)));
				assertThat(acquire(engine2, jobId))
					.as("node 2 acquires the expired job: %s, node 1: %s", jobState(database, jobId),
							node1Failure.get())
					.isTrue();
				blocker.commit();
			}
			node1.join(60_000);
			org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.executeJob(jobId,
					engine2.getCommandExecutorTxRequired());

			TaskService tasks = second.getBean(TaskService.class);
			assertThat(tasks.createTaskQuery()
				.processInstanceId(id)
				.taskDefinitionKey("Task_EscalateOverdueReview")
				.count()).as("escalations").isEqualTo(1);
			assertThat(node1Failure.get()).as("node 1's run was rolled back")
				.isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);
			assertThat(second.getBean(ManagementService.class).createJobQuery().jobId(jobId).count()).isZero();
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
			first.close();
			second.close();
		}
	}

	static org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration(
			ConfigurableApplicationContext node) {
		return (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) node
			.getBean(org.camunda.bpm.engine.ProcessEngine.class)
			.getProcessEngineConfiguration();
	}

	/**
	 * Acquires due jobs as the node's job executor would; true if the job was among them.
	 */
	static boolean acquire(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine, String jobId) {
		return engine.getCommandExecutorTxRequired()
			.execute(new org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd(engine.getJobExecutor(), 1000))
			.contains(jobId);
	}

	static String jobState(javax.sql.DataSource database, String jobId) {
		try (java.sql.Connection c = database.getConnection();
				java.sql.PreparedStatement s = c.prepareStatement(
						"select LOCK_OWNER_, LOCK_EXP_TIME_, DUEDATE_, RETRIES_, REV_ from ACT_RU_JOB where ID_ = ?")) {
			s.setString(1, jobId);
			java.sql.ResultSet rs = s.executeQuery();
			return rs.next() ? rs.getString(1) + " until " + rs.getTimestamp(2) + ", due " + rs.getTimestamp(3)
					+ ", retries " + rs.getInt(4) + ", rev " + rs.getInt(5) + ", clock "
					+ org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime() : "no job";
		}
		catch (java.sql.SQLException ex) {
			return ex.getMessage();
		}
	}

	static long waitingForLocks(javax.sql.DataSource database) {
		try (java.sql.Connection c = database.getConnection();
				java.sql.ResultSet rs = c.createStatement()
					.executeQuery("select count(*) from pg_locks where not granted")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static java.net.http.HttpRequest intake(ConfigurableApplicationContext node, String key, String body) {
		String port = node.getEnvironment().getProperty("local.server.port");
		return java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/intake/ChildReferralProcess"))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("integration.demo:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	static long escalations(TaskService tasks) {
		return tasks.createTaskQuery().taskDefinitionKey("Task_EscalateOverdueReview").count();
	}

	/**
	 * Polls the shared database until the condition holds; the job executors work in
	 * their own threads.
	 */
	static void waitUntil(Duration limit, BooleanSupplier condition) throws InterruptedException {
		Instant end = Instant.now().plus(limit);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(end)) {
				throw new AssertionError("Condition not met within " + limit);
			}
			Thread.sleep(200);
		}
	}

}
