import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request did, filled in while it is served and written as its
 * access-log line and metrics when the response is sent. One object per
 * request, mutated in place: the services count into it from places that
 * do not see the request (the SQL logger, the subgraph fetcher).
 */
export interface RequestRecord {
  readonly requestId: string;
  readonly startedAt: bigint;
  /** The client's operation name (the gateway forwards it to the subgraphs). */
  operationName: string | null;
  /** sha256 of the executed document as graphql-js prints it (documentHash). */
  documentHash: string | null;
  agency: string | null;
  subject: string | null;
  /** Calls the gateway made to subgraphs for this request. */
  subgraphFetches: number;
  /** SQL statements a subgraph sent for this request. */
  sqlStatements: number;
  /** `extensions.code` of every error the response carries, once each. */
  readonly errorCodes: Set<string>;
}

const scope = new AsyncLocalStorage<RequestRecord>();

export function newRequestRecord(requestId: string): RequestRecord {
  return {
    requestId,
    startedAt: process.hrtime.bigint(),
    operationName: null,
    documentHash: null,
    agency: null,
    subject: null,
    subgraphFetches: 0,
    sqlStatements: 0,
    errorCodes: new Set(),
  };
}

/** Runs `serve` with `record` as the current request of everything it calls, however asynchronously. */
export function inRequestScope<T>(record: RequestRecord, serve: () => T): T {
  return scope.run(record, serve);
}

/** The request being served by the caller's async context, if any (undefined at start-up and in timers). */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}

/** Seconds since the request started, for the access log and the latency histograms. */
export function secondsSince(record: RequestRecord): number {
  return Number(process.hrtime.bigint() - record.startedAt) / 1e9;
}
