import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { PersonalDataKind } from '../auth/personal-data';
import { LATENCY_BUCKETS } from './request-metrics';

/** Seconds: an indexed SQLite lookup takes tens of microseconds, a slow MySQL report seconds. */
const SQL_BUCKETS = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5];

/**
 * What a subgraph measures beyond its requests: SQL statements and their
 * duration, its connection pool, audit-log appends, and personal fields
 * masked or shown. Each is a counter or histogram child bound once, so a
 * statement or a masked field costs an addition.
 */
export class SubgraphMetrics {
  private readonly statements: Counter<'outcome'>;
  private readonly statementDuration: Histogram;
  private readonly auditAppends: Counter<'outcome'>;
  private readonly auditDuration: Histogram;
  private readonly personalFields: Counter<'kind' | 'shown'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.statements = new Counter({ name: 'sql_statements_total', help: 'SQL statements sent to the database, by outcome (ok, error).', labelNames: ['outcome'], registers });
    this.statementDuration = new Histogram({
      name: 'sql_statement_duration_seconds',
      help: 'Time the database took for a statement that succeeded.',
      buckets: SQL_BUCKETS,
      registers,
    });
    this.auditAppends = new Counter({
      name: 'audit_appends_total',
      help: 'Audit-log appends (one per write, one per request with unmasked reads), by outcome.',
      labelNames: ['outcome'],
      registers,
    });
    this.auditDuration = new Histogram({
      name: 'audit_append_duration_seconds',
      help: 'Time an audit-log append took, waiting for the chain head included.',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.personalFields = new Counter({
      name: 'personal_fields_total',
      help: 'Personal fields answered, by kind and whether they were shown unmasked (true) or masked (false).',
      labelNames: ['kind', 'shown'],
      registers,
    });
  }

  statement(ok: boolean, milliseconds: number | undefined): void {
    this.statements.inc({ outcome: ok ? 'ok' : 'error' });
    if (ok && milliseconds !== undefined) this.statementDuration.observe(milliseconds / 1000);
  }

  auditAppend(ok: boolean, seconds: number): void {
    this.auditAppends.inc({ outcome: ok ? 'ok' : 'error' });
    this.auditDuration.observe(seconds);
  }

  personalField(kind: PersonalDataKind, shown: boolean): void {
    this.personalFields.inc({ kind, shown: String(shown) });
  }

  /** Connections of a MySQL pool in use, idle, and requests waiting for one, read at scrape time (SQLite has no pool). */
  watchPool(registry: Registry, db: DataSource): void {
    new Gauge({
      name: 'db_pool_connections',
      help: 'MySQL pool connections by state: used, idle, and waiting (requests queued for a connection).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const pool = poolOf(db);
        if (pool === undefined) return;
        const all = pool._allConnections.length;
        const idle = pool._freeConnections.length;
        this.set({ state: 'used' }, all - idle);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'waiting' }, pool._connectionQueue.length);
      },
    });
  }
}

interface Mysql2PoolState {
  readonly _allConnections: { readonly length: number };
  readonly _freeConnections: { readonly length: number };
  readonly _connectionQueue: { readonly length: number };
}

/** mysql2 keeps its pool's queues in underscored fields and has no public API for them; checked, not assumed. */
function poolOf(db: DataSource): Mysql2PoolState | undefined {
  const pool: unknown = (db.driver as { pool?: unknown }).pool;
  if (typeof pool !== 'object' || pool === null) return undefined;
  const fields = ['_allConnections', '_freeConnections', '_connectionQueue'] as const;
  return fields.every((field) => typeof (pool as Record<string, { length?: unknown } | undefined>)[field]?.length === 'number') ? (pool as Mysql2PoolState) : undefined;
}
