import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { ConfigError, developmentAuditKeys, exportAuditKey, loadSubgraphConfig, type SubgraphConfig } from '@governance/kit';
import { parseAgencyManifest } from '@governance/kit/agencies';
import type { Env } from '@governance/kit/env';

const IDENTITY = { name: 'x' };
const MANIFEST = parseAgencyManifest(
  { gateway: { defaultPort: 4100 }, agencies: [{ name: 'x', displayName: { zh: '某局', en: 'X bureau' }, defaultPort: 4109, package: 'x', entities: [] }] },
  '/manifest/agencies.json',
);
const PASSWORD = 'hunter2-Secret';

const load = (env: Env) => loadSubgraphConfig(IDENTITY, env, MANIFEST);

/** The ConfigError that loading `env` throws. */
function configError(env: Env): ConfigError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, the configuration loaded');
}

describe('loadSubgraphConfig', () => {
  it('has defaults for an empty environment', () => {
    const config = load({});
    expect(config).toMatchObject<Partial<SubgraphConfig>>({
      name: 'x',
      environment: 'development',
      host: '127.0.0.1',
      port: 4109,
      seedOnEmpty: true,
      logSql: false,
    });
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('data', 'x.sqlite') });
    if (config.database.kind !== 'sqlite') throw new Error('expected sqlite');
    expect(path.isAbsolute(config.database.file)).toBe(true);
    expect(config.pseudonymKey.length).toBeGreaterThanOrEqual(16);
  });

  it('reads the HTTP timeouts, the token lifetime, and refuses headers that may outlast the request', () => {
    expect(load({}).http).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000 });
    expect(load({}).auth.maxLifetimeSeconds).toBe(43_200);
    const config = load({ HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '70000', JWT_MAX_LIFETIME_SECONDS: '3600' });
    expect(config.http).toEqual({ headersMs: 2_000, requestMs: 5_000, keepAliveMs: 70_000 });
    expect(config.auth.maxLifetimeSeconds).toBe(3_600);
    expect(configError({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000', JWT_MAX_LIFETIME_SECONDS: '0' }).problems).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS (20000) must not exceed HTTP_REQUEST_TIMEOUT_MS (10000)',
      'JWT_MAX_LIFETIME_SECONDS="0" must be an integer from 60 to 604800',
    ]);
  });

  it('treats blank variables as unset', () => {
    expect(load({ PORT: '  ', DATABASE_URL: '' }).port).toBe(4109);
  });

  it('puts the SQLite file under DATA_DIR, or where DATABASE_URL=sqlite: says', () => {
    expect(load({ DATA_DIR: '/srv/db' }).database).toEqual({ kind: 'sqlite', file: '/srv/db/x.sqlite' });
    expect(load({ DATABASE_URL: 'sqlite:/srv/other/y.db' }).database).toEqual({ kind: 'sqlite', file: '/srv/other/y.db' });
    expect(load({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ kind: 'sqlite', file: ':memory:' });
  });

  it('resolves relative database paths against the repository root, whatever the working directory', () => {
    // `npm start -w subgraphs/commerce-bureau` runs in the package's folder: it must still use the platform's data/.
    const root = path.resolve(__dirname, '../../..');
    const before = process.cwd();
    process.chdir(path.join(root, 'subgraphs/kit'));
    try {
      expect(load({}).database).toEqual({ kind: 'sqlite', file: path.join(root, 'data/x.sqlite') });
      expect(load({ DATA_DIR: 'var/db' }).database).toEqual({ kind: 'sqlite', file: path.join(root, 'var/db/x.sqlite') });
      expect(load({ DATABASE_URL: 'sqlite:data/commerce-bureau.sqlite' }).database).toEqual({ kind: 'sqlite', file: path.join(root, 'data/commerce-bureau.sqlite') });
    } finally {
      process.chdir(before);
    }
  });

  it('parses a MySQL URL with its pool size, and does not seed MySQL by default', () => {
    const url = `mysql://app:${PASSWORD}@db.internal:3306/governance`;
    const config = load({ DATABASE_URL: url, DATABASE_POOL_SIZE: '25', PORT: '5000' });
    expect(config.database).toEqual({ kind: 'mysql', server: 'mysql', url, poolSize: 25, connectTimeoutMs: 10_000 });
    expect(config.seedOnEmpty).toBe(false);
    expect(config.port).toBe(5000);
    expect(load({ DATABASE_URL: url, SEED_ON_EMPTY: 'yes' }).seedOnEmpty).toBe(true);
  });

  it('reports several bad variables in one ConfigError', () => {
    const error = configError({ PORT: 'abc', DATABASE_URL: 'postgres://u:p@h/db', SEED_ON_EMPTY: 'maybe' });
    expect(error.service).toBe('x');
    expect(error.problems).toHaveLength(3);
    expect(error.problems.find((problem) => problem.startsWith('PORT='))).toBeDefined();
    expect(error.problems.find((problem) => problem.startsWith('DATABASE_URL '))).toMatch(/sqlite:, mysql:\/\/ or mariadb:\/\//);
    expect(error.problems.find((problem) => problem.startsWith('SEED_ON_EMPTY='))).toBeDefined();
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  it.each([
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_POOL_SIZE', '0'],
    ['MAX_REQUEST_BYTES', '10'],
    ['NODE_ENV', 'staging'],
    ['LOG_SQL', 'verbose'],
  ])('rejects %s=%p', (name, value) => {
    const env: Env = { DATABASE_URL: 'mysql://app:pw@db:3306/governance', [name]: value };
    expect(configError(env).problems).toEqual([expect.stringContaining(name)]);
  });

  it('requires PERSON_PSEUDONYM_KEY, a JWKS and the subgraph secret in production, and refuses the development JWT secret', () => {
    const error = configError({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-at-least-32-characters' });
    expect(error.problems).toEqual([
      expect.stringContaining('PERSON_PSEUDONYM_KEY'),
      expect.stringContaining('JWT_SECRET (HS256) is for development only'),
      'JWKS_FILE or JWKS_URL is required in production',
      'SUBGRAPH_SECRET is required in production',
      expect.stringContaining('AUDIT_SIGNING_KEY is required in production'),
    ]);
    const key = 'a-production-key-0123456789';
    const production = load({
      NODE_ENV: 'production',
      PERSON_PSEUDONYM_KEY: key,
      JWKS_FILE: '/run/secrets/jwks.json',
      SUBGRAPH_SECRET: 'a-subgraph-secret-of-32-characters-or-more',
      AUDIT_SIGNING_KEY: exportAuditKey(generateKeyPairSync('ed25519').privateKey),
    });
    expect(production.pseudonymKey).toBe(key);
    expect(production.auth.keys).toEqual({ kind: 'jwks-file', path: '/run/secrets/jwks.json' });
    expect(configError({ PERSON_PSEUDONYM_KEY: 'short' }).problems).toEqual([expect.stringContaining('at least 16')]);
  });

  describe('the other agencies and the audit keys', () => {
    const TWO = parseAgencyManifest(
      {
        gateway: { defaultPort: 4100 },
        agencies: [
          { name: 'x', displayName: { zh: '某局', en: 'X bureau' }, defaultPort: 4109, package: 'x', entities: [] },
          { name: 'y-office', displayName: { zh: '某办', en: 'Y office' }, defaultPort: 4110, package: 'y', entities: ['Person'] },
        ],
      },
      '/manifest/agencies.json',
    );
    const production = {
      NODE_ENV: 'production',
      PERSON_PSEUDONYM_KEY: 'a-production-key-0123456789',
      JWKS_FILE: '/run/secrets/jwks.json',
      SUBGRAPH_SECRET: 'a-subgraph-secret-of-32-characters-or-more',
      AUDIT_SIGNING_KEY: exportAuditKey(generateKeyPairSync('ed25519').privateKey),
    };
    const problems = (env: Env) => {
      try {
        loadSubgraphConfig(IDENTITY, env, TWO);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };

    it('knows every other agency of the manifest: its URL, secret and audit public key, development values outside production', () => {
      const config = loadSubgraphConfig(IDENTITY, {}, TWO);
      expect([...config.peers.keys()]).toEqual(['y-office']);
      expect(config.peers.get('y-office')).toMatchObject({ url: 'http://localhost:4110/graphql', secret: expect.stringContaining('development-only') });
      expect(exportAuditKey(config.peers.get('y-office')!.auditPublicKey)).toBe(exportAuditKey(developmentAuditKeys('y-office').publicKey));
      expect(config.personRegister).toBe('y-office');
      expect(config.auditHeads).toMatchObject({ enabled: true, intervalMs: 300_000, everyEntries: 100 });
      expect(loadSubgraphConfig(IDENTITY, { NODE_ENV: 'test' }, TWO).auditHeads.enabled).toBe(false);
    });

    it("requires in production every other agency's secret and audit public key, and refuses keys that are not Ed25519 or are the development key", () => {
      expect(problems(production)).toEqual(['Y_OFFICE_SUBGRAPH_SECRET is required in production', 'Y_OFFICE_AUDIT_PUBLIC_KEY is required in production']);
      const other = generateKeyPairSync('ed25519');
      expect(problems({ ...production, Y_OFFICE_SUBGRAPH_SECRET: 'another-subgraph-secret-of-32-characters', Y_OFFICE_AUDIT_PUBLIC_KEY: exportAuditKey(other.publicKey) })).toEqual(
        [],
      );
      const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
      expect(problems({ ...production, AUDIT_SIGNING_KEY: exportAuditKey(rsa.privateKey), Y_OFFICE_AUDIT_PUBLIC_KEY: 'not base64!' })).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^AUDIT_SIGNING_KEY must be an Ed25519 private key/),
          expect.stringMatching(/^Y_OFFICE_AUDIT_PUBLIC_KEY must be an Ed25519 public key/),
        ]),
      );
      expect(problems({ ...production, AUDIT_SIGNING_KEY: exportAuditKey(developmentAuditKeys('x').privateKey) })).toContain(
        'AUDIT_SIGNING_KEY is the development key, which anyone can derive',
      );
    });
  });

  it('returns a frozen configuration', () => {
    const config = load({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(4109);
  });

  it.each([
    ['names no database', `mysql://app:${PASSWORD}@db:3306/`],
    ['has a port out of range', `mysql://app:${PASSWORD}@db:99999/governance`],
    ['is not a URL at all', `mysql://app:${PASSWORD}@[db/governance`],
  ])('reports a MySQL URL that %s as a ConfigError without its password', (_, url) => {
    const error = configError({ DATABASE_URL: url, PORT: 'abc' });
    expect(error.problems).toHaveLength(2);
    expect(error.problems.some((problem) => problem.includes('DATABASE_URL'))).toBe(true);
    expect(error.message).not.toContain(PASSWORD);
    expect(JSON.stringify(error.problems)).not.toContain(PASSWORD);
  });

  it('shows an unparsable URL with its credentials hidden', () => {
    expect(configError({ DATABASE_URL: `mysql://app:${PASSWORD}@db:99999/governance` }).problems).toEqual(['DATABASE_URL="mysql://***@db:99999/governance" is not a URL']);
  });
});
