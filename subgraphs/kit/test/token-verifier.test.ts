import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_JWT_SECRET, createTokenVerifier, mintDevelopmentToken, type AuthConfig } from '../src/auth';

const development: AuthConfig = { keys: { kind: 'shared-secret', secret: DEVELOPMENT_JWT_SECRET }, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };
const bearer = (token: string) => `Bearer ${token}`;
const refusal = (promise: Promise<unknown>) => promise.then(() => 'accepted', (error: { message: string; extensions: { code: string } }) => `${error.extensions.code}: ${error.message}`);

describe('createTokenVerifier', () => {
  const verify = createTokenVerifier(development);

  it('returns the viewer of a valid development token', async () => {
    const token = await mintDevelopmentToken({ agency: 'commerce-bureau', scopes: ['read', 'pii:read'], subject: 'clerk-7' });
    await expect(verify(bearer(token))).resolves.toEqual({ subject: 'clerk-7', agency: 'commerce-bureau', scopes: ['read', 'pii:read'] });
  });

  it.each([
    ['no header', undefined, /send a token/],
    ['not a bearer JWT', 'Basic dXNlcjpwdw==', /must be "Bearer <JWT>"/],
    ['garbage', 'Bearer a.b.c', /malformed/],
  ])('refuses %s', async (_case, header, reason) => {
    expect(await refusal(verify(header))).toMatch(new RegExp(`^UNAUTHENTICATED: .*${reason.source}`));
  });

  it('refuses a token that expired, is signed with another secret, or is meant for another issuer or audience', async () => {
    const base = { agency: 'public-security' as const, scopes: ['read' as const] };
    expect(await refusal(verify(bearer(await mintDevelopmentToken({ ...base, expiresIn: Math.floor(Date.now() / 1000) - 120 }))))).toMatch(/expired/);
    expect(await refusal(verify(bearer(await mintDevelopmentToken({ ...base, secret: 'another-secret-of-at-least-32-characters!' }))))).toMatch(/signature/);
    expect(await refusal(verify(bearer(await mintDevelopmentToken({ ...base, issuer: 'someone-else' }))))).toMatch(/"iss" claim/);
    expect(await refusal(verify(bearer(await mintDevelopmentToken({ ...base, audience: 'another-graph' }))))).toMatch(/"aud" claim/);
  });

  it('refuses claims of the wrong shape: an unknown agency or scope, no scopes', async () => {
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime('1h').sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    expect(await refusal(verify(bearer(await sign({ agency: 'tax-bureau', scopes: ['read'] }))))).toMatch(/"agency" claim/);
    expect(await refusal(verify(bearer(await sign({ agency: 'commerce-bureau', scopes: ['admin'] }))))).toMatch(/"scopes" claim/);
    expect(await refusal(verify(bearer(await sign({ agency: 'commerce-bureau' }))))).toMatch(/"scopes" claim/);
  });

  it('verifies ES256 tokens against a JWKS file, and refuses HS256 tokens there', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jwks-'));
    const file = path.join(dir, 'jwks.json');
    fs.writeFileSync(file, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] }));
    const production = createTokenVerifier({ ...development, keys: { kind: 'jwks-file', path: file } });
    const token = await new SignJWT({ agency: 'industry-associations', scopes: ['read'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('auditor')
      .setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(production(bearer(token))).resolves.toMatchObject({ subject: 'auditor', agency: 'industry-associations' });
    expect(await refusal(production(bearer(await mintDevelopmentToken({ agency: 'industry-associations', scopes: ['read'] }))))).toMatch(/algorithm/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
