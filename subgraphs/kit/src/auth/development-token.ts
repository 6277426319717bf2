import { SignJWT } from 'jose';
import type { Agency } from './agencies';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_JWT_SECRET } from './auth-config';
import type { Scope } from './scopes';
import type { Client } from './viewer';

export interface DevelopmentTokenRequest {
  readonly agency: Agency;
  readonly scopes: readonly Scope[];
  readonly subject?: string;
  /** `dashboard` for a token that may run only trusted documents in production. */
  readonly client?: Client;
  /** jose's duration syntax ("8h", "30m") or seconds since the epoch. */
  readonly expiresIn?: string | number;
  readonly secret?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/**
 * An HS256 token for development and tests (`npm run token`). Production
 * tokens come from the agencies' identity provider, signed with keys the
 * services know only by their public JWKS.
 */
export function mintDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  return new SignJWT({ agency: request.agency, scopes: [...request.scopes], ...(request.client === undefined ? {} : { client: request.client }) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `developer@${request.agency}`)
    .setIssuer(request.issuer ?? DEFAULT_ISSUER)
    .setAudience(request.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(request.secret ?? DEVELOPMENT_JWT_SECRET));
}
