import type { Environment } from '../config';
import { resolveFromRoot, subgraphVariable, type EnvReader } from '../env';

/** Where the keys that sign tokens come from. */
export type TokenKeys =
  /** HS256 with a secret shared by issuer and services: development and tests only. */
  | { readonly kind: 'shared-secret'; readonly secret: string }
  /** ES256/RS256 public keys in a JWKS file the operator mounts. */
  | { readonly kind: 'jwks-file'; readonly path: string }
  /** ES256/RS256 public keys from the identity provider's JWKS endpoint (fetched and cached, refreshed on an unknown `kid`). */
  | { readonly kind: 'jwks-url'; readonly url: string };

export interface AuthConfig {
  readonly keys: TokenKeys;
  readonly issuer: string;
  readonly audience: string;
  /**
   * The longest a token may live (`exp` - `iat`), and the oldest it may be,
   * in seconds (JWT_MAX_LIFETIME_SECONDS, default 12 h): a leaked token with
   * `exp` in the year 10^300 is worth no more than a day's shift.
   */
  readonly maxLifetimeSeconds: number;
}

/** A clerk's shift, with room to spare; identity providers issue tokens of minutes to hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/** The secret `npm start`, `npm run token` and the tests share when nothing is configured; refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-not-for-production';
export const DEFAULT_ISSUER = 'collaborative-governance';
export const DEFAULT_AUDIENCE = 'collaborative-governance-graph';

/**
 * Token verification settings, read the same way by the gateway and every
 * subgraph: JWKS_FILE or JWKS_URL (production), JWT_SECRET (development),
 * JWT_ISSUER, JWT_AUDIENCE, JWT_MAX_LIFETIME_SECONDS.
 */
export function readAuthConfig(read: EnvReader, environment: Environment): AuthConfig {
  const file = read.optionalString('JWKS_FILE');
  const url = read.optionalString('JWKS_URL');
  const secret = read.optionalString('JWT_SECRET');
  if (file !== undefined && url !== undefined) read.problem('set JWKS_FILE or JWKS_URL, not both');
  if (environment === 'production') {
    if (secret !== undefined) read.problem('JWT_SECRET (HS256) is for development only; production verifies ES256/RS256 tokens with JWKS_FILE or JWKS_URL');
    if (file === undefined && url === undefined) read.problem('JWKS_FILE or JWKS_URL is required in production');
  }
  if (secret !== undefined && secret.length < 32) read.problem('JWT_SECRET must be at least 32 characters');
  const keys: TokenKeys =
    file !== undefined
      ? { kind: 'jwks-file', path: resolveFromRoot(file) }
      : url !== undefined
        ? { kind: 'jwks-url', url: read.url('JWKS_URL', url, environment === 'production' ? ['https:'] : ['https:', 'http:']) }
        : { kind: 'shared-secret', secret: secret ?? DEVELOPMENT_JWT_SECRET };
  return {
    keys,
    issuer: read.string('JWT_ISSUER', DEFAULT_ISSUER),
    audience: read.string('JWT_AUDIENCE', DEFAULT_AUDIENCE),
    maxLifetimeSeconds: readMaxTokenLifetime(read),
  };
}

/** JWT_MAX_LIFETIME_SECONDS: read by the services and by `npm run token`, which refuses to mint what they would refuse. */
export function readMaxTokenLifetime(read: EnvReader): number {
  return read.integer('JWT_MAX_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, { min: 60, max: 7 * 24 * 60 * 60 });
}

/** `COMMERCE_BUREAU_SUBGRAPH_SECRET`: how callers (the gateway, other subgraphs) name a subgraph's secret. */
export function subgraphSecretVariable(subgraph: string): string {
  return subgraphVariable(subgraph, 'SUBGRAPH_SECRET');
}

/**
 * The secret that proves a call to `subgraph` comes from the gateway or a
 * fellow agency's service. Outside production it defaults to a value derived
 * from the name, so that `npm start` needs no set-up; production requires it.
 */
export function readSubgraphSecret(read: EnvReader, variable: string, subgraph: string, environment: Environment): string {
  const secret = read.optionalString(variable);
  if (secret === undefined && environment === 'production') read.problem(`${variable} is required in production`);
  if (secret !== undefined && secret.length < 32) read.problem(`${variable} must be at least 32 characters`);
  return secret ?? developmentSubgraphSecret(subgraph);
}

/** The secret a subgraph expects when none is configured (development and tests). */
export function developmentSubgraphSecret(subgraph: string): string {
  return `development-only-subgraph-secret:${subgraph}`;
}
