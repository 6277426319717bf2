import fs from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isAgency } from './agencies';
import type { AuthConfig, TokenKeys } from './auth-config';
import { UnauthenticatedError } from './auth-errors';
import { isScope, type Scope } from './scopes';
import { isClient, type Viewer } from './viewer';

/** Verifies a request's `Authorization` header and returns who is asking, or throws UNAUTHENTICATED. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const ASYMMETRIC = ['ES256', 'RS256'];

/**
 * A verifier for the configured keys. Signature, expiry (with 30 s of clock
 * skew), issuer and audience are checked by jose; the claims this platform
 * relies on (`sub`, `agency`, `scopes`) are checked here, so that a token
 * from the right issuer with the wrong shape is still refused.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const { key, algorithms } = keysFor(config.keys);
  return async (authorization) => {
    const token = bearerToken(authorization);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, { issuer: config.issuer, audience: config.audience, algorithms, clockTolerance: 30, requiredClaims: ['exp', 'sub'] }));
    } catch (error) {
      throw new UnauthenticatedError(reasonOf(error));
    }
    return viewerOf(payload);
  };
}

function keysFor(keys: TokenKeys): { key: JWTVerifyGetKey; algorithms: string[] } {
  switch (keys.kind) {
    case 'shared-secret': {
      const secret = new TextEncoder().encode(keys.secret);
      return { key: () => secret, algorithms: ['HS256'] };
    }
    case 'jwks-file':
      // Read once at start-up: a missing or malformed file stops the service instead of failing every request.
      return { key: createLocalJWKSet(JSON.parse(fs.readFileSync(keys.path, 'utf8')) as Parameters<typeof createLocalJWKSet>[0]), algorithms: ASYMMETRIC };
    case 'jwks-url':
      return { key: createRemoteJWKSet(new URL(keys.url), { timeoutDuration: 5_000, cooldownDuration: 30_000 }), algorithms: ASYMMETRIC };
  }
}

function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') throw new UnauthenticatedError('send a token in the Authorization header ("Bearer <token>")');
  const match = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <JWT>"');
  return match[1];
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this service does not accept';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) return 'the token\'s signature does not verify';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'the signing keys cannot be loaded now';
  return 'the token is malformed';
}

function viewerOf(payload: JWTPayload): Viewer {
  const subject = payload.sub ?? '';
  if (subject === '' || subject.length > 200) throw new UnauthenticatedError('the token\'s "sub" claim must name who it was issued to');
  const agency = payload['agency'];
  if (!isAgency(agency)) throw new UnauthenticatedError('the token\'s "agency" claim must be one of the agencies of the graph');
  const scopes = payload['scopes'];
  if (!Array.isArray(scopes) || !scopes.every(isScope)) throw new UnauthenticatedError('the token\'s "scopes" claim must be a list of read, pii:read, write, audit:read');
  const client = payload['client'];
  if (client !== undefined && !isClient(client)) throw new UnauthenticatedError('the token\'s "client" claim, when present, must be "dashboard"');
  return { subject, agency, scopes: [...new Set<Scope>(scopes)], ...(client === undefined ? {} : { client }) };
}
