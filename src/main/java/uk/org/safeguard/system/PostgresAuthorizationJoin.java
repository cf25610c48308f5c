package uk.org.safeguard.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * On PostgreSQL, every authorization-checked query joins the authorizations with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL cannot use an index for
 * that join condition and compares every task with every authorization row of the
 * caller's groups: at 100,000 open tasks a Tasklist count took 1–2 s, and 45 s once a
 * group held 26,000 tasks (issue 18; the plans are in docs/performance.md). Two things
 * make it probe the engine's index on {@code RESOURCE_ID_} once per task instead:
 * <ul>
 * <li>the condition written as {@code = ANY(ARRAY[RES.ID_, D.KEY_, '*'])}, which means
 * the same. The engine keeps this SQL per database in {@link DbSqlSessionFactory} for
 * exactly such differences (MySQL has its own), so every authorization check is unchanged
 * (the security regression suite runs on PostgreSQL);</li>
 * <li>{@code enable_material = off} on Safeguard's connections
 * (application-postgres.yml): PostgreSQL guesses that the caller has a handful of
 * authorization rows (it cannot estimate {@code PERMS_ & 2 = 2}) and would otherwise keep
 * them in memory and compare each task with all of them.</li>
 * </ul>
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

}
