import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { inRequestScope, newRequestRecord, secondsSince, type Logger, type RequestRecord } from '../log';
import type { RequestMetrics } from '../metrics';
import { REQUEST_ID_ATTRIBUTE, kitTracer } from '../tracing';

export interface RequestObservability {
  readonly log: Logger;
  readonly metrics: RequestMetrics;
  /** What the access line counts: the gateway's calls to subgraphs, or a subgraph's SQL statements. */
  readonly counts: 'subgraphFetches' | 'sqlStatements';
  /**
   * Serve each request in an AsyncLocalStorage scope, so that code that does
   * not see the request (the SQL logger) can count into its record and log
   * under its id. On Node 20 that switches on async hooks for every promise:
   * about 15 % more CPU for a GraphQL execution of 200 async fields (measured),
   * so only the subgraphs, which must count statements per request, ask for it;
   * the gateway hands the record along in its context.
   */
  readonly scoped: boolean;
}

/**
 * Serves one request as the current request of everything it calls. A
 * GraphQL request also gets a server span (continuing the caller's trace
 * from `traceparent`), the in-flight gauge and, once the response is done,
 * its metrics and one access-log line; any other path (health, assets) only
 * a debug line. With tracing off the span calls are the API's no-ops.
 */
export function observeRequest(
  observability: RequestObservability,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  graphql: boolean,
  serve: (record: RequestRecord) => Promise<void>,
): Promise<void> {
  const record = newRequestRecord(requestId);
  const observed = () => {
    if (!graphql) {
      response.once('close', () => observability.log.debug(accessLine(observability, record, request, response), 'request'));
      return serve(record);
    }
    observability.metrics.started();
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = kitTracer().startSpan(
      `${request.method ?? 'GET'} ${pathOf(request)}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method ?? 'GET', 'url.path': pathOf(request), [REQUEST_ID_ATTRIBUTE]: requestId },
      },
      parent,
    );
    response.once('close', () => {
      observability.metrics.finished(record, response.statusCode);
      span.setAttribute('http.response.status_code', response.statusCode);
      if (record.operationName !== null) span.setAttribute('graphql.operation.name', record.operationName);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      observability.log.info(accessLine(observability, record, request, response), 'request');
    });
    return context.with(trace.setSpan(parent, span), () => serve(record));
  };
  return observability.scoped ? inRequestScope(record, observed) : observed();
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** The access line: who asked what, how it ended, how long it took and what it cost. */
function accessLine(observability: RequestObservability, record: RequestRecord, request: IncomingMessage, response: ServerResponse): Record<string, unknown> {
  return {
    requestId: record.requestId,
    method: request.method,
    path: pathOf(request),
    status: response.statusCode,
    ...(response.writableFinished ? {} : { aborted: true }),
    durationMs: Math.round(secondsSince(record) * 10_000) / 10,
    agency: record.agency,
    subject: record.subject,
    operationName: record.operationName,
    documentHash: record.documentHash,
    [observability.counts]: record[observability.counts],
    errorCodes: [...record.errorCodes],
  };
}
