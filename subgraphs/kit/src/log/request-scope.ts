/**
 * What one request did, filled in while it is served and written as its
 * access-log line and metrics when the response is sent. One object per
 * request, mutated in place: the services count into it as they serve it
 * (the SQL logger through the request's data source, the gateway's subgraph
 * fetcher through its context).
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

/** Seconds since the request started, for the access log and the latency histograms. */
export function secondsSince(record: RequestRecord): number {
  return Number(process.hrtime.bigint() - record.startedAt) / 1e9;
}
