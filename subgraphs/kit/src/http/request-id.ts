import { randomUUID } from 'node:crypto';

/** The header that carries the request id: returned to every client, forwarded to subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The client's own x-request-id, as the gateway forwards it for correlation only. */
export const CLIENT_REQUEST_ID_HEADER = 'x-client-request-id';

/** As long as the audit log's request id columns. */
export const MAX_REQUEST_ID_LENGTH = 128;

const WELL_FORMED = /^[\w.:-]{1,128}$/;

/** A new request id (a random UUID): what the gateway gives every request, and a subgraph every direct call. */
export function mintRequestId(): string {
  return randomUUID();
}

/**
 * The id a trusted caller forwarded (the gateway, or a fellow subgraph
 * carrying this subgraph's secret), when it is well-formed; a new one
 * otherwise. An untrusted caller's x-request-id never becomes the request id:
 * anyone could file their requests under someone else's.
 */
export function forwardedRequestId(header: string | undefined): string {
  return header !== undefined && WELL_FORMED.test(header) ? header : mintRequestId();
}

/**
 * A client's x-request-id as it may be kept for correlation: trimmed, every
 * character outside letters, digits and `_ . : @ / + = -` replaced by `_`
 * (no spaces, quotes, control characters or bytes that would turn into
 * mojibake), at most 128 characters; null when nothing is left.
 */
export function clientRequestIdOf(header: string | undefined): string | null {
  const sanitised = (header ?? '')
    .trim()
    .slice(0, MAX_REQUEST_ID_LENGTH)
    .replace(/[^\w.:@/+=-]/g, '_');
  return sanitised === '' ? null : sanitised;
}
