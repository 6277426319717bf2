import type { IncomingMessage } from 'node:http';
import { createTokenVerifier, purposeOf, PURPOSE_HEADER, type AuthConfig, type StatedPurpose, type Viewer } from '@governance/kit/auth';
import { REQUEST_ID_HEADER, clientRequestIdOf, headerOf } from '@governance/kit/http';
import type { RequestRecord } from '@governance/kit/observability';
import type { RateLimit } from './rate-limits';
import { PersonalDataNotes } from './personal-data-notes';

/** What the gateway keeps per request and forwards to the subgraphs. */
export interface GatewayContext {
  /** Minted by the gateway for every request and returned in x-request-id; never the client's. */
  readonly requestId: string;
  /** The client's own x-request-id, sanitised: forwarded and audited for its correlation only. */
  readonly clientRequestId: string | null;
  /** What the request's access line and metrics will say; the plugins and the subgraph calls fill it in. */
  readonly requestRecord: RequestRecord;
  readonly viewer: Viewer;
  /** Forwarded as it came: every subgraph verifies the token again. */
  readonly authorization: string;
  /** x-purpose, parsed once here (a malformed one is refused with 400 before anything is planned) and forwarded as parsed. */
  readonly purpose: StatedPurpose | null;
  /** What the subgraphs said about the personal fields they masked or unmasked, for the client's response. */
  readonly personalData: PersonalDataNotes;
}

/**
 * The first gate: no valid token, no request (HTTP 401), and no request over
 * its subject's or agency's rate (429), before anything is parsed or planned.
 */
export function createGatewayContext(auth: AuthConfig, rateLimit: RateLimit): (request: IncomingMessage, requestRecord: RequestRecord) => Promise<GatewayContext> {
  const verify = createTokenVerifier(auth);
  return async (request, requestRecord) => {
    const authorization = headerOf(request, 'authorization') ?? '';
    const viewer = await verify(authorization);
    await rateLimit(viewer);
    return {
      viewer,
      requestId: requestRecord.requestId,
      clientRequestId: clientRequestIdOf(headerOf(request, REQUEST_ID_HEADER)),
      requestRecord,
      authorization,
      purpose: purposeOf(headerOf(request, PURPOSE_HEADER)),
      personalData: new PersonalDataNotes(),
    };
  };
}
