import { createTokenVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_JWT_SECRET } from '@governance/kit/auth';
import { mintFromArguments, parseTokenArguments } from '../src/token';

describe('npm run token', () => {
  it('reads the agency, scopes, subject and lifetime', () => {
    expect(parseTokenArguments(['--agency', 'commerce-bureau', '--scopes', 'read,pii:read'])).toEqual({
      kind: 'staff',
      agency: 'commerce-bureau',
      scopes: ['read', 'pii:read'],
      subject: undefined,
      expiresIn: '8h',
    });
    expect(parseTokenArguments(['--agency=public-security', '--scopes=read,write', '--subject', 'officer-17', '--expires', '1h'])).toMatchObject({
      subject: 'officer-17',
      expiresIn: '1h',
    });
  });

  it.each([
    [['--scopes', 'read'], /--agency must be one of/],
    [['--agency', 'tax-bureau'], /--agency must be one of/],
    [['--agency', 'commerce-bureau', '--scopes', 'read,admin'], /unknown scope admin/],
    [['--agency', 'commerce-bureau', '--expires', 'forever'], /--expires/],
    [['--agency', 'commerce-bureau', '--colour', 'red'], /unknown argument --colour/],
    [['--agency', 'commerce-bureau', '--expires', '7d'], /longer than the 43200 s the services accept/],
    [['--agency', 'commerce-bureau', '--expires', '721m'], /longer than/],
    [['--agency', 'commerce-bureau', '--client', 'mobile'], /--client must be dashboard/],
    [['--resident', 'resident-17'], /--resident must be a Person.id/],
    [['--resident', 'P0123456789ABCDEF0123456', '--agency', 'community-committees'], /takes no --agency/],
    [['--resident', 'P0123456789ABCDEF0123456', '--scopes', 'pii:read'], /takes no --agency, --scopes/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(message);
  });

  it('mints up to the lifetime the deployment allows', () => {
    expect(parseTokenArguments(['--agency', 'commerce-bureau', '--expires', '12h'])).toMatchObject({ expiresIn: '12h' });
    expect(() => parseTokenArguments(['--agency', 'commerce-bureau', '--expires', '2h'], { maxLifetimeSeconds: 3_600 })).toThrow(/longer than the 3600 s/);
  });

  it('mints a token the services accept with the development secret', async () => {
    const args = parseTokenArguments(['--agency', 'commerce-bureau', '--scopes', 'read,pii:read']);
    const verify = createTokenVerifier({
      keys: { kind: 'shared-secret', secret: DEVELOPMENT_JWT_SECRET },
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      maxLifetimeSeconds: 12 * 3600,
    });
    await expect(verify(`Bearer ${await mintFromArguments(args)}`)).resolves.toEqual({
      kind: 'staff',
      subject: 'developer@commerce-bureau',
      agency: 'commerce-bureau',
      scopes: ['read', 'pii:read'],
    });
    const resident = parseTokenArguments(['--resident', 'P0123456789ABCDEF0123456', '--expires', '1h']);
    expect(resident).toEqual({ kind: 'resident', person: 'P0123456789ABCDEF0123456', expiresIn: '1h' });
    await expect(verify(`Bearer ${await mintFromArguments(resident)}`)).resolves.toEqual({ kind: 'resident', subject: 'P0123456789ABCDEF0123456', scopes: [] });
  });

  it("mints a dashboard client's token, which the services read as one", async () => {
    const args = parseTokenArguments(['--agency', 'community-committees', '--client', 'dashboard']);
    const verify = createTokenVerifier({
      keys: { kind: 'shared-secret', secret: DEVELOPMENT_JWT_SECRET },
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      maxLifetimeSeconds: 12 * 3600,
    });
    await expect(verify(`Bearer ${await mintFromArguments(args)}`)).resolves.toMatchObject({ agency: 'community-committees', client: 'dashboard' });
  });
});
