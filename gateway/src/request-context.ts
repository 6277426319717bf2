import type { IncomingMessage } from 'node:http';
import { createTokenVerifier, purposeOf, PURPOSE_HEADER, type AuthConfig, type Viewer } from '@governance/kit/auth';
import { headerOf, requestIdOf } from '@governance/kit/http';

/** What the gateway keeps per request and forwards to the subgraphs. */
export interface GatewayContext {
  readonly requestId: string;
  readonly viewer: Viewer;
  /** Forwarded as it came: every subgraph verifies the token again. */
  readonly authorization: string;
  readonly purpose: string | null;
}

/** The first gate: no valid token, no request (HTTP 401), before anything is parsed or planned. */
export function createGatewayContext(auth: AuthConfig): (request: IncomingMessage) => Promise<GatewayContext> {
  const verify = createTokenVerifier(auth);
  return async (request) => {
    const authorization = headerOf(request, 'authorization') ?? '';
    return {
      viewer: await verify(authorization),
      requestId: requestIdOf(request),
      authorization,
      purpose: purposeOf(headerOf(request, PURPOSE_HEADER)),
    };
  };
}
