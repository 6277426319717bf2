import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { newRequestRecord, secondsSince, type Logger, type RequestRecord } from '../log';
import type { RequestMetrics } from '../metrics';
import { REQUEST_ID_ATTRIBUTE, kitTracer } from '../tracing';

export interface RequestObservability {
  readonly log: Logger;
  readonly metrics: RequestMetrics;
  /**
   * What the access line counts: the gateway's calls to subgraphs, or a
   * subgraph's SQL statements. Both are counted into the request's record
   * through its context (a subgraph's data source is the request's own, see
   * dataSourceFor), not through an AsyncLocalStorage scope: on Node 20 one
   * turns on async hooks for every promise in the process.
   */
  readonly counts: 'subgraphFetches' | 'sqlStatements';
}

/**
 * Serves one request with its record (what its access line will say). A
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
