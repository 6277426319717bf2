import type { KeyObject } from 'node:crypto';
import { SUBGRAPH_SECRET_HEADER } from '../auth/headers';
import { REQUEST_ID_HEADER } from '../http/request-id';

/** Another agency's subgraph as this one calls it. */
export interface PeerEndpoint {
  /** Its GraphQL endpoint (`<AGENCY>_URL`). */
  readonly url: string;
  /** Its subgraph secret (`<AGENCY>_SUBGRAPH_SECRET`): it answers internal fields and witness calls only to holders. */
  readonly secret: string;
  /** The key its signed audit heads verify with (`<AGENCY>_AUDIT_PUBLIC_KEY`). */
  readonly auditPublicKey: KeyObject;
}

/** What a call carries from the request that caused it: the peer verifies the same token and logs the same request id. */
export interface ForwardedRequest {
  readonly requestId: string;
  readonly authorization: string;
}

/**
 * POSTs JSON to another agency's service with its secret (and, for a call
 * made on behalf of a request, that request's token and id), cut off after
 * `timeoutMs`. Resolves the parsed JSON body; rejects when the peer could
 * not be reached or did not answer JSON in time: callers decide what an
 * absent peer means (a write refused, a report source not answered).
 */
export async function postToPeer(url: string, secret: string, body: unknown, timeoutMs: number, forwarded?: ForwardedRequest): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SUBGRAPH_SECRET_HEADER]: secret,
      ...(forwarded === undefined ? {} : { [REQUEST_ID_HEADER]: forwarded.requestId, authorization: forwarded.authorization }),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}
