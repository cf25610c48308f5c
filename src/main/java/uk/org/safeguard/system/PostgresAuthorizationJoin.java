package uk.org.safeguard.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * On PostgreSQL, every authorization-checked query joins the authorizations with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL cannot use an index for
 * that join condition and compares every task with every authorization row of the
 * caller's groups: at 100,000 open tasks a Tasklist count took 1–2 s (issue 18; the plans
 * are in docs/performance.md). Written as {@code = ANY(ARRAY[RES.ID_, D.KEY_, '*'])}, the
 * same condition is answered with the engine's own index on {@code RESOURCE_ID_}, once
 * per task. The engine keeps this SQL per database in {@link DbSqlSessionFactory} for
 * exactly such differences (MySQL has its own); the condition means the same, so every
 * authorization check is unchanged (the security regression suite runs on PostgreSQL).
 */
public class PostgresAuthorizationJoin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		String postgres = DbSqlSessionFactory.POSTGRES;
		DbSqlSessionFactory.databaseSpecificAuthJoinStart.put(postgres, "= ANY(ARRAY[");
		DbSqlSessionFactory.databaseSpecificAuthJoinSeparator.put(postgres, ",");
		DbSqlSessionFactory.databaseSpecificAuthJoinEnd.put(postgres, "])");
		DbSqlSessionFactory.databaseSpecificAuth1JoinStart.put(postgres, "= ANY(ARRAY[");
		DbSqlSessionFactory.databaseSpecificAuth1JoinSeparator.put(postgres, ",");
		DbSqlSessionFactory.databaseSpecificAuth1JoinEnd.put(postgres, "])");
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
			return;
		}
		// READ on a task (2) and READ_TASK on a process definition (64): the Tasklist's
		// checks
		try (var connection = configuration.getDataSource().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create statistics if not exists SG_AUTH_PERMISSIONS on RESOURCE_TYPE_, "
					+ "(PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION");
			statement.execute("analyze ACT_RU_AUTHORIZATION");
		}
		catch (java.sql.SQLException ex) {
			org.slf4j.LoggerFactory.getLogger(PostgresAuthorizationJoin.class)
				.warn("Could not create the planner statistics SG_AUTH_PERMISSIONS (docs/operations.md): {}",
						ex.getMessage());
		}
	}

}
