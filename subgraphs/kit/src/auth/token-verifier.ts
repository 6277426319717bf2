import fs from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isPersonId } from '../identifiers/pseudonym';
import { codePointLength, textProblem } from '../input/text';
import { isAgency } from './agencies';
import type { AuthConfig, TokenKeys } from './auth-config';
import { UnauthenticatedError } from './auth-errors';
import { isScope, type Scope } from './scopes';
import { isClient, RESIDENT_TOKEN_KIND, type Viewer } from './viewer';

/** Verifies a request's `Authorization` header and returns who is asking, or throws UNAUTHENTICATED. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const ASYMMETRIC = ['ES256', 'RS256'];

/** Clock skew tolerated between the identity provider and the services, in seconds. */
export const CLOCK_SKEW_SECONDS = 30;

/** The audit log's `subject` column holds this many characters. */
export const MAX_SUBJECT_LENGTH = 200;

/**
 * A verifier for the configured keys. Signature, expiry, issue time (not in
 * the future, not older than the maximum lifetime; 30 s of clock skew),
 * issuer and audience are checked by jose; the lifetime (`exp` - `iat`) and
 * the claims this platform relies on (`sub`, `agency`, `scopes`) are checked
 * here by type and shape, so that a token from the right issuer with the
 * wrong shape is still refused, and every subject it names can be stored in
 * the audit log exactly as it came.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const { key, algorithms } = keysFor(config.keys);
  const verified = new VerifiedTokens();
  return async (authorization) => {
    const token = bearerToken(authorization);
    const known = verified.get(token);
    if (known !== undefined) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
        clockTolerance: CLOCK_SKEW_SECONDS,
        maxTokenAge: config.maxLifetimeSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      throw new UnauthenticatedError(reasonOf(error, config.maxLifetimeSeconds));
    }
    // jose has checked that both are numbers.
    const exp = payload.exp as number;
    const iat = payload.iat as number;
    if (exp - iat > config.maxLifetimeSeconds) {
      throw new UnauthenticatedError(`the token lives longer (exp - iat) than the ${config.maxLifetimeSeconds} s this deployment allows`);
    }
    const viewer = viewerOf(payload);
    // Until jose would refuse it (expiry or age, with the skew it allows), and for a minute at most, so that keys taken out of a JWKS stop working soon.
    verified.set(token, viewer, Math.min(exp, iat + config.maxLifetimeSeconds) + CLOCK_SKEW_SECONDS);
    return viewer;
  };
}

/** How long a verified token is taken on trust without verifying it again. */
const TRUSTED_FOR_MS = 60_000;
const MAX_VERIFIED_TOKENS = 1_000;

/**
 * Tokens verified lately, by their exact text. A dashboard sends one token
 * with every request, and the gateway forwards it to every subgraph it
 * calls, so each service verified the same token over and over (WebCrypto's
 * HMAC or signature check, two JSON parses and the claim checks each time).
 * A hit needs byte-for-byte the same token, signature included.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  get(token: string): Viewer | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (Date.now() < entry.until) return entry.viewer;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, viewer: Viewer, validUntilSeconds: number): void {
    if (this.entries.size >= MAX_VERIFIED_TOKENS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { viewer, until: Math.min(validUntilSeconds * 1000, Date.now() + TRUSTED_FOR_MS) });
  }
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

function reasonOf(error: unknown, maxLifetimeSeconds: number): string {
  if (error instanceof errors.JWTExpired) return error.claim === 'iat' ? `the token was issued more than ${maxLifetimeSeconds} s ago` : 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `the token has no "${error.claim}" claim`;
    if (error.claim === 'iat' && error.reason === 'check_failed') return 'the token\'s "iat" claim lies in the future';
    return `the token's "${error.claim}" claim is not accepted`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this service does not accept';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'the signing keys cannot be loaded now';
  return 'the token is malformed';
}

function viewerOf(payload: JWTPayload): Viewer {
  // jose checks that `sub` is present, not what it is: a number or an object would reach the audit log as "[object Object]".
  const subject: unknown = payload.sub;
  if (typeof subject !== 'string' || codePointLength(subject) === 0 || codePointLength(subject) > MAX_SUBJECT_LENGTH) {
    throw new UnauthenticatedError(`the token's "sub" claim must be a string of 1 to ${MAX_SUBJECT_LENGTH} characters naming who it was issued to`);
  }
  const problem = textProblem(subject);
  if (problem !== null) throw new UnauthenticatedError(`the token's "sub" claim ${problem}`);
  const kind = payload['kind'];
  if (kind === RESIDENT_TOKEN_KIND) return residentOf(payload, subject);
  if (kind !== undefined) throw new UnauthenticatedError(`the token's "kind" claim, when present, must be "${RESIDENT_TOKEN_KIND}"`);
  const agency = payload['agency'];
  if (!isAgency(agency)) throw new UnauthenticatedError('the token\'s "agency" claim must be one of the agencies of the graph');
  const scopes = payload['scopes'];
  if (!Array.isArray(scopes) || !scopes.every(isScope)) throw new UnauthenticatedError('the token\'s "scopes" claim must be a list of read, pii:read, write, audit:read');
  const client = payload['client'];
  if (client !== undefined && !isClient(client)) throw new UnauthenticatedError('the token\'s "client" claim, when present, must be "dashboard"');
  return { kind: 'staff', subject, agency, scopes: [...new Set<Scope>(scopes)], ...(client === undefined ? {} : { client }) };
}

/**
 * A resident's token: its subject is their Person.id (a pseudonym, never an
 * ID number), and it carries neither an agency nor scopes, which would make
 * it read as a staff token to anyone who checked only those.
 */
function residentOf(payload: JWTPayload, subject: string): Viewer {
  if (!isPersonId(subject)) throw new UnauthenticatedError('a resident token\'s "sub" claim must be the resident\'s Person.id (P and 23 hexadecimal digits)');
  if (payload['agency'] !== undefined || payload['scopes'] !== undefined) throw new UnauthenticatedError('a resident token carries no "agency" or "scopes" claim');
  return { kind: 'resident', subject, scopes: [] };
}
