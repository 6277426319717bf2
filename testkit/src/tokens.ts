import { PURPOSE_HEADER, SCOPES, SUBGRAPH_SECRET_HEADER, developmentSubgraphSecret, mintDevelopmentToken, type Agency, type Client, type Scope } from '@governance/kit/auth';

export interface Caller {
  readonly agency: Agency;
  readonly scopes?: readonly Scope[];
  /** Sent as x-purpose; omit to state none. */
  readonly purpose?: string;
  readonly subject?: string;
  /** The token's `client` claim (`dashboard`: trusted documents only, where enforced). */
  readonly client?: Client;
}

/** A development token (the tests' services use the development secret). */
export function tokenFor(caller: Caller): Promise<string> {
  return mintDevelopmentToken({
    agency: caller.agency,
    scopes: caller.scopes ?? SCOPES,
    subject: caller.subject ?? `test@${caller.agency}`,
    ...(caller.client === undefined ? {} : { client: caller.client }),
  });
}

/** Authorization and x-purpose headers for a caller. */
export async function headersFor(caller: Caller): Promise<Record<string, string>> {
  return {
    authorization: `Bearer ${await tokenFor(caller)}`,
    ...(caller.purpose === undefined ? {} : { [PURPOSE_HEADER]: caller.purpose }),
  };
}

/** The header the gateway adds to prove a call is its own; tests that play the gateway add it. */
export function gatewaySecretHeader(subgraph: string): Record<string, string> {
  return { [SUBGRAPH_SECRET_HEADER]: developmentSubgraphSecret(subgraph) };
}

/**
 * The purpose the tests state as an entitled user: one the community
 * committees registered (their own staff read the register's personal data
 * with it; another agency needs an agreement that covers it, and has none).
 */
export const TEST_PURPOSE = 'resident-services';

/** A fully entitled member of `agency`: every scope, a stated purpose. */
export function entitled(agency: Agency): Caller {
  return { agency, scopes: SCOPES, purpose: TEST_PURPOSE };
}
