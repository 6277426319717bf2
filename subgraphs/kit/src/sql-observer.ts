import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { AfterQueryEvent, DataSource, EntitySubscriberInterface } from 'typeorm';
import type { SubgraphMetrics } from './metrics/subgraph-metrics';
import { kitTracer } from './tracing';

/** Statements are cut in spans: a multi-row insert of the seed can be megabytes. */
const MAX_STATEMENT_IN_SPAN = 2_000;

/**
 * Watches every statement a data source runs (TypeORM's afterQuery event,
 * which both drivers raise with the statement's execution time): the SQL
 * metrics, and a client span per statement, dated back by its execution
 * time, under the span of the request that ran it. No span is recorded
 * when tracing is off.
 */
export function observeSql(db: DataSource, metrics: SubgraphMetrics): void {
  const system = db.options.type === 'better-sqlite3' ? 'sqlite' : db.options.type;
  const subscriber: EntitySubscriberInterface = {
    afterQuery(event: AfterQueryEvent): void {
      metrics.statement(event.success, event.executionTime);
      const tracer = kitTracer();
      const ended = Date.now();
      const span = tracer.startSpan(operationOf(event.query), {
        kind: SpanKind.CLIENT,
        startTime: ended - (event.executionTime ?? 0),
        attributes: { 'db.system.name': system, 'db.query.text': event.query.slice(0, MAX_STATEMENT_IN_SPAN) },
      });
      if (!event.success) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(ended);
    },
  };
  db.subscribers.push(subscriber);
}

/** SELECT, INSERT, BEGIN...: the span's name, as the semantic conventions have it (the operation, never the values). */
function operationOf(query: string): string {
  return /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? 'SQL';
}
