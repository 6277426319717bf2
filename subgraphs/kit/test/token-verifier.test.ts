import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_JWT_SECRET, createTokenVerifier, mintDevelopmentToken, mintResidentToken, type AuthConfig } from '../src/auth';

const development: AuthConfig = {
  keys: { kind: 'shared-secret', secret: DEVELOPMENT_JWT_SECRET },
  issuer: DEFAULT_ISSUER,
  audience: DEFAULT_AUDIENCE,
  maxLifetimeSeconds: 12 * 3600,
};
const bearer = (token: string) => `Bearer ${token}`;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => {
      const { message, extensions } = error as { message: string; extensions: { code: string } };
      return `${extensions.code}: ${message}`;
    },
  );

describe('createTokenVerifier', () => {
  const verify = createTokenVerifier(development);

  it('returns the viewer of a valid development token', async () => {
    const token = await mintDevelopmentToken({ agency: 'commerce-bureau', scopes: ['read', 'pii:read'], subject: 'clerk-7' });
    await expect(verify(bearer(token))).resolves.toEqual({ kind: 'staff', subject: 'clerk-7', agency: 'commerce-bureau', scopes: ['read', 'pii:read'] });
  });

  describe("residents' tokens", () => {
    const PERSON = 'P0123456789ABCDEF0123456';
    const sign = (claims: Record<string, unknown>, subject = PERSON) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(subject)
        .setIssuer(DEFAULT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));

    it('returns a resident viewer, with no agency and no scope, for a token of kind resident', async () => {
      await expect(verify(bearer(await mintResidentToken({ person: PERSON })))).resolves.toEqual({ kind: 'resident', subject: PERSON, scopes: [] });
    });

    it.each<[string, Promise<string>, RegExp]>([
      ['a subject that is not a Person id', sign({ kind: 'resident' }, 'resident-17'), /Person\.id/],
      ['a lower-case Person id', sign({ kind: 'resident' }, PERSON.toLowerCase()), /Person\.id/],
      ['an agency claim as well', sign({ kind: 'resident', agency: 'public-security' }), /no "agency" or "scopes"/],
      ['scopes as well', sign({ kind: 'resident', scopes: ['pii:read'] }), /no "agency" or "scopes"/],
      ['another kind', sign({ kind: 'administrator', agency: 'public-security', scopes: ['read'] }), /"kind" claim/],
    ])('refuses a resident token with %s', async (_case, token, reason) => {
      expect(await refusal(verify(bearer(await token)))).toMatch(new RegExp(`^UNAUTHENTICATED: .*${reason.source}`));
    });
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

  describe('tokens verified lately', () => {
    afterEach(() => jest.useRealTimers());

    it('are taken again only byte for byte: another signature on the same claims is verified, and refused', async () => {
      const own = createTokenVerifier(development);
      const token = await mintDevelopmentToken({ agency: 'public-security', scopes: ['read'] });
      await expect(own(bearer(token))).resolves.toMatchObject({ agency: 'public-security' });
      const forged = `${token.slice(0, token.lastIndexOf('.') + 1)}${'A'.repeat(43)}`;
      expect(await refusal(own(bearer(forged)))).toMatch(/signature/);
    });

    it('are refused once they expire, as jose would refuse them', async () => {
      jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      const own = createTokenVerifier(development);
      const token = await mintDevelopmentToken({ agency: 'public-security', scopes: ['read'], expiresIn: Math.floor(Date.now() / 1000) + 5 });
      await expect(own(bearer(token))).resolves.toMatchObject({ agency: 'public-security' });
      jest.setSystemTime(Date.now() + 20_000);
      // Within the clock skew jose allows: still accepted.
      await expect(own(bearer(token))).resolves.toMatchObject({ agency: 'public-security' });
      jest.setSystemTime(Date.now() + 20_000);
      expect(await refusal(own(bearer(token)))).toMatch(/expired/);
    });
  });

  it('refuses claims of the wrong shape: an unknown agency or scope, no scopes', async () => {
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setIssuer(DEFAULT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    expect(await refusal(verify(bearer(await sign({ agency: 'tax-bureau', scopes: ['read'] }))))).toMatch(/"agency" claim/);
    expect(await refusal(verify(bearer(await sign({ agency: 'commerce-bureau', scopes: ['admin'] }))))).toMatch(/"scopes" claim/);
    expect(await refusal(verify(bearer(await sign({ agency: 'commerce-bureau' }))))).toMatch(/"scopes" claim/);
  });

  describe('claims by type and shape', () => {
    const now = () => Math.floor(Date.now() / 1000);
    /** An HS256 token over exactly these claims (jose's builder would coerce some of them). */
    const token = (claims: Record<string, unknown>) => {
      const all = { iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, sub: 'clerk-7', agency: 'commerce-bureau', scopes: ['read'], iat: now(), exp: now() + 3600, ...claims };
      return new SignJWT(Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)))
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    };

    it.each<[string, unknown]>([
      ['a number', 42],
      ['a boolean', true],
      ['an object', { name: 'clerk' }],
      ['an array', ['clerk']],
      ['null', null],
      ['empty', ''],
      ['only spaces', '   '],
      ['only zero-width characters', '\u200b\u200c\u2060'],
      ['201 characters', 'x'.repeat(201)],
      ['a NUL', 'clerk\u0000-7'],
      ['a line break', 'clerk\n7'],
      ['a right-to-left override', 'clerk\u202e7-'],
      ['a lone surrogate', 'clerk\ud800'],
    ])('refuses a "sub" that is %s', async (_case, sub) => {
      expect(await refusal(verify(bearer(await token({ sub }))))).toMatch(/^UNAUTHENTICATED: .*"sub" claim/);
    });

    it.each<[string, string]>([
      ['Chinese and an astral character', '𠮷野家-张三'],
      ['quotes, backslashes and commas', 'o\'brien "x", \\y'],
      ['200 astral characters', '𠮷'.repeat(200)],
      ['Arabic letters', 'موظف'],
      ['inner spaces and a ZWJ emoji', 'clerk 7 👩‍💻'],
    ])('accepts a "sub" with %s, exactly as sent', async (_case, sub) => {
      await expect(verify(bearer(await token({ sub })))).resolves.toMatchObject({ subject: sub });
    });

    it('refuses a token that lives longer than the maximum lifetime, whatever its expiry', async () => {
      expect(await refusal(verify(bearer(await token({ exp: 1e300 }))))).toMatch(/lives longer .* 43200 s/);
      expect(await refusal(verify(bearer(await token({ exp: now() + 12 * 3600 + 60 }))))).toMatch(/lives longer/);
      await expect(verify(bearer(await token({ exp: now() + 12 * 3600 })))).resolves.toMatchObject({ subject: 'clerk-7' });
    });

    it('refuses a token issued in the future beyond the clock skew, or too long ago, or without "iat"', async () => {
      expect(await refusal(verify(bearer(await token({ iat: now() + 120 }))))).toMatch(/"iat" claim lies in the future/);
      await expect(verify(bearer(await token({ iat: now() + 20 })))).resolves.toMatchObject({ subject: 'clerk-7' });
      expect(await refusal(verify(bearer(await token({ iat: now() - 13 * 3600, exp: now() + 60 }))))).toMatch(/issued more than 43200 s ago/);
      expect(await refusal(verify(bearer(await token({ iat: undefined }))))).toMatch(/no "iat" claim/);
      expect(await refusal(verify(bearer(await token({ iat: '2011-07-01' }))))).toMatch(/"iat" claim/);
    });

    it('takes the maximum lifetime from the deployment', async () => {
      const short = createTokenVerifier({ ...development, maxLifetimeSeconds: 600 });
      expect(await refusal(short(bearer(await token({ exp: now() + 3600 }))))).toMatch(/lives longer .* 600 s/);
      await expect(short(bearer(await token({ exp: now() + 600 })))).resolves.toMatchObject({ subject: 'clerk-7' });
    });
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
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(production(bearer(token))).resolves.toMatchObject({ subject: 'auditor', agency: 'industry-associations' });
    expect(await refusal(production(bearer(await mintDevelopmentToken({ agency: 'industry-associations', scopes: ['read'] }))))).toMatch(/algorithm/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
