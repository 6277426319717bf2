import { SignJWT } from 'jose';
import type { Agency } from './agencies';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_JWT_SECRET } from './auth-config';
import type { Scope } from './scopes';
import { RESIDENT_TOKEN_KIND, type Client } from './viewer';

interface TokenSigning {
  /** jose's duration syntax ("8h", "30m") or seconds since the epoch. */
  readonly expiresIn?: string | number;
  readonly secret?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export interface DevelopmentTokenRequest extends TokenSigning {
  readonly agency: Agency;
  readonly scopes: readonly Scope[];
  readonly subject?: string;
  /** `dashboard` for a token that may run only trusted documents in production. */
  readonly client?: Client;
}

export interface ResidentTokenRequest extends TokenSigning {
  /** The resident's pseudonymous Person.id. */
  readonly person: string;
}

/**
 * An HS256 token for development and tests (`npm run token`). Production
 * tokens come from the agencies' identity provider, signed with keys the
 * services know only by their public JWKS.
 */
export function mintDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  return sign(
    { agency: request.agency, scopes: [...request.scopes], ...(request.client === undefined ? {} : { client: request.client }) },
    request.subject ?? `developer@${request.agency}`,
    request,
  );
}

/**
 * A resident's development token (`npm run token -- --resident <Person.id>`):
 * `kind: resident`, the Person.id as subject, no agency and no scopes. In
 * production the residents' identity provider issues these after it has
 * established who the resident is.
 */
export function mintResidentToken(request: ResidentTokenRequest): Promise<string> {
  return sign({ kind: RESIDENT_TOKEN_KIND }, request.person, request);
}

function sign(claims: Record<string, unknown>, subject: string, signing: TokenSigning): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(signing.issuer ?? DEFAULT_ISSUER)
    .setAudience(signing.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(signing.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(signing.secret ?? DEVELOPMENT_JWT_SECRET));
}
