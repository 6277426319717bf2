import type { IncomingMessage } from 'node:http';
import { createTokenVerifier, purposeOf, PURPOSE_HEADER, type AuthConfig, type StatedPurpose, type Viewer } from '@governance/kit/auth';
import { REQUEST_ID_HEADER, clientRequestIdOf, headerOf } from '@governance/kit/http';
import { PersonalDataNotes } from './personal-data-notes';

/** What the gateway keeps per request and forwards to the subgraphs. */
export interface GatewayContext {
  /** Minted by the gateway for every request and returned in x-request-id; never the client's. */
  readonly requestId: string;
  /** The client's own x-request-id, sanitised: forwarded and audited for its correlation only. */
  readonly clientRequestId: string | null;
  readonly viewer: Viewer;
  /** Forwarded as it came: every subgraph verifies the token again. */
  readonly authorization: string;
  /** x-purpose, parsed once here (a malformed one is refused with 400 before anything is planned) and forwarded as parsed. */
  readonly purpose: StatedPurpose | null;
  /** What the subgraphs said about the personal fields they masked or unmasked, for the client's response. */
  readonly personalData: PersonalDataNotes;
}

/** The first gate: no valid token, no request (HTTP 401), before anything is parsed or planned. */
export function createGatewayContext(auth: AuthConfig): (request: IncomingMessage, requestId: string) => Promise<GatewayContext> {
  const verify = createTokenVerifier(auth);
  return async (request, requestId) => {
    const authorization = headerOf(request, 'authorization') ?? '';
    return {
      viewer: await verify(authorization),
      requestId,
      clientRequestId: clientRequestIdOf(headerOf(request, REQUEST_ID_HEADER)),
      authorization,
      purpose: purposeOf(headerOf(request, PURPOSE_HEADER)),
      personalData: new PersonalDataNotes(),
    };
  };
}
