import type { IncomingMessage } from 'node:http';
import { createTokenVerifier, purposeOf, PURPOSE_HEADER, type AuthConfig, type Viewer } from '@governance/kit/auth';
import { headerOf } from '@governance/kit/http';
import type { RateLimit } from './rate-limits';

/** What the gateway keeps per request and forwards to the subgraphs. */
export interface GatewayContext {
  readonly requestId: string;
  readonly viewer: Viewer;
  /** Forwarded as it came: every subgraph verifies the token again. */
  readonly authorization: string;
  readonly purpose: string | null;
}

/**
 * The first gate: no valid token, no request (HTTP 401), and no request over
 * its subject's or agency's rate (429), before anything is parsed or planned.
 */
export function createGatewayContext(auth: AuthConfig, rateLimit: RateLimit): (request: IncomingMessage, body: unknown, requestId: string) => Promise<GatewayContext> {
  const verify = createTokenVerifier(auth);
  return async (request, _body, requestId) => {
    const authorization = headerOf(request, 'authorization') ?? '';
    const viewer = await verify(authorization);
    await rateLimit(viewer);
    return {
      viewer,
      requestId,
      authorization,
      purpose: purposeOf(headerOf(request, PURPOSE_HEADER)),
    };
  };
}
