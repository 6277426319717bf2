import type { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';
import type { RequestRecord } from './log';

/** The request each query runner handed out by a request's data source works for. */
const requestsOfRunners = new WeakMap<QueryRunner, RequestRecord>();

/** The request a statement was sent for, when it went through a request's data source (see dataSourceFor). */
export function requestOfRunner(queryRunner: QueryRunner | undefined): RequestRecord | undefined {
  return queryRunner === undefined ? undefined : requestsOfRunners.get(queryRunner);
}

/**
 * The data source one request's resolvers, loaders and audit trail use: the
 * service's own, except that every query runner it hands out is known to
 * work for `record`, so the SQL logger counts each statement into that
 * request's record (its access line). Repositories, query builders,
 * `query` and `transaction` all take their runner from here.
 *
 * This replaces an AsyncLocalStorage scope around each request: on Node 20
 * that turns on async hooks for every promise in the process, 7-8% of a
 * subgraph's CPU in hooks alone (and more in GC) when it answers 500
 * entities. Here a request costs one object, one entity manager and one
 * proxy per statement.
 *
 * The runner is a proxy, not a copy: SQLite has one runner for the whole
 * service, whose transaction state must stay shared, so reads and writes
 * go through to it, and only the runner's manager is the request's own.
 */
export function dataSourceFor(db: DataSource, record: RequestRecord): DataSource {
  const view = Object.create(db) as DataSource;
  const createQueryRunner = (mode: ReplicationMode = 'master'): QueryRunner => {
    let manager: EntityManager | undefined;
    const runner = new Proxy(db.driver.createQueryRunner(mode), {
      get: (target, key, receiver): unknown => (key === 'manager' ? manager : Reflect.get(target, key, receiver)),
      set: (target, key, value) => {
        if (key !== 'manager') return Reflect.set(target, key, value);
        manager = value as EntityManager;
        return true;
      },
    });
    // A transaction's manager: its statements run on this runner (the constructor sets the runner's manager).
    view.createEntityManager(runner);
    requestsOfRunners.set(runner, record);
    return runner;
  };
  Object.defineProperty(view, 'createQueryRunner', { value: createQueryRunner });
  // The view's own manager, so that its repositories, query builders and transactions start from the view.
  Object.defineProperty(view, 'manager', { value: view.createEntityManager() });
  return view;
}
