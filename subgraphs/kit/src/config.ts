import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { agencyManifest, findAgency, type AgencyManifest } from './agencies';
import { readAuthConfig, readSubgraphSecret, subgraphSecretVariable, type AuthConfig } from './auth/auth-config';
import { Env, EnvReader, readDeploymentEnvironment, resolveFromRoot, subgraphVariable, type DeploymentEnvironment } from './env';
import { readHttpTimeouts, type HttpTimeouts } from './http/http-timeouts';
import { readObservabilityConfig, type ObservabilityConfig } from './observability/observability-config';
import type { PeerEndpoint } from './peers';
import { readAuditPublicKey, readAuditSigningKey } from './witness/audit-keys';

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | {
      readonly kind: 'mysql';
      /** MariaDB reports column metadata differently; TypeORM needs to know which server it talks to. */
      readonly server: 'mysql' | 'mariadb';
      readonly url: string;
      readonly poolSize: number;
      readonly connectTimeoutMs: number;
    };

export type Environment = DeploymentEnvironment;

export interface SubgraphConfig {
  readonly name: string;
  readonly environment: Environment;
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Seed the agency's share of the data set when its database has no rows yet. */
  readonly seedOnEmpty: boolean;
  /** Print every SQL statement (statements are always counted). */
  readonly logSql: boolean;
  /** How long in-flight requests may run after SIGTERM before connections are cut. */
  readonly shutdownGraceMs: number;
  readonly maxRequestBytes: number;
  /** How long a client may take to send a request, and how long an idle keep-alive socket stays open. */
  readonly http: HttpTimeouts;
  /** The key of the Person pseudonym (a keyed hash of the ID number); shared by the agencies, secret to everyone else. */
  readonly pseudonymKey: string;
  /** How tokens are verified (the same settings as the gateway's). */
  readonly auth: AuthConfig;
  /** The secret the gateway sends (SUBGRAPH_SECRET); without it `_entities` and `_service` are refused. */
  readonly subgraphSecret: string;
  /** The owner subgraphs this one checks references against, by name: where, and the secret they expect. */
  readonly owners: ReadonlyMap<string, { readonly url: string; readonly secret: string }>;
  readonly ownerTimeoutMs: number;
  /** LOG_LEVEL, METRICS_PORT/METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT, COMPRESSION_MIN_BYTES. */
  readonly observability: ObservabilityConfig;
  /**
   * Every other agency of the manifest, by name: where its subgraph is, its
   * secret, its audit public key. This one sends them its signed audit
   * heads, and the keeper of the register of persons asks them for a
   * person's entries (dataAccessReport).
   */
  readonly peers: ReadonlyMap<string, PeerEndpoint>;
  /** The agency that keeps the register of persons (owns Person in the manifest): its staff may ask for a person's entries. */
  readonly personRegister: string | undefined;
  readonly auditHeads: AuditHeadConfig;
}

/** How this agency signs its audit chain's head and sends it to the others to witness. */
export interface AuditHeadConfig {
  /** AUDIT_SIGNING_KEY (Ed25519). */
  readonly signingKey: KeyObject;
  /** Send heads at all (AUDIT_WITNESS; off by default in tests, which turn it on where they test it). */
  readonly enabled: boolean;
  /** Sign and send the current head this often, when it moved (AUDIT_HEAD_INTERVAL_MS). */
  readonly intervalMs: number;
  /** ... and whenever this many entries were appended since the last one sent (AUDIT_HEAD_EVERY_ENTRIES). */
  readonly everyEntries: number;
}

/** The entity whose owner keeps the register of persons that audit entries name. */
export const PERSON_ENTITY = 'Person';

/** Only for development and tests: production refuses to start without PERSON_PSEUDONYM_KEY. */
const DEVELOPMENT_PSEUDONYM_KEY = 'development-only-pseudonym-key';

export interface SubgraphIdentity {
  readonly name: string;
  readonly owners?: readonly { readonly name: string }[];
}

export function isSqlite(database: DatabaseConfig): database is Extract<DatabaseConfig, { kind: 'sqlite' }> {
  return database.kind === 'sqlite';
}

/**
 * The only reader of the environment for a subgraph: validates everything and
 * reports every problem in one error.
 *
 * DATABASE_URL is `sqlite:<file>` (a relative file is relative to the repository's root, as every path of the configuration is),
 * `mysql://user:password@host:port/database` (MySQL 8) or `mariadb://...` (MariaDB); without it the subgraph uses
 * `$DATA_DIR/<name>.sqlite` (DATA_DIR defaults to `data`). Default ports, its
 * own and its owners', come from the agency manifest.
 */
export function loadSubgraphConfig(identity: SubgraphIdentity, env: Env = process.env, manifest: AgencyManifest = agencyManifest()): Readonly<SubgraphConfig> {
  const read = new EnvReader(env);
  const environment = readDeploymentEnvironment(read);
  const database = readDatabase(read, identity.name);
  const peers = readPeers(read, identity, manifest, environment);
  return read.finish(identity.name, {
    name: identity.name,
    environment,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', defaultPort(read, manifest, identity.name, 'PORT'), { min: 0, max: 65535 }),
    database,
    seedOnEmpty: read.boolean('SEED_ON_EMPTY', database.kind === 'sqlite'),
    logSql: read.boolean('LOG_SQL', false),
    shutdownGraceMs: read.integer('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 }),
    maxRequestBytes: read.integer('MAX_REQUEST_BYTES', 1_000_000, { min: 1_000, max: 100_000_000 }),
    http: readHttpTimeouts(read),
    pseudonymKey: readPseudonymKey(read, environment),
    auth: readAuthConfig(read, environment),
    subgraphSecret: readSubgraphSecret(read, 'SUBGRAPH_SECRET', identity.name, environment),
    owners: new Map((identity.owners ?? []).map((owner) => [owner.name, peers.get(owner.name)!])),
    ownerTimeoutMs: read.integer('OWNER_TIMEOUT_MS', 5_000, { min: 50, max: 300_000 }),
    observability: readObservabilityConfig(read, environment),
    peers,
    personRegister: manifest.agencies.find((agency) => agency.entities.includes(PERSON_ENTITY))?.name,
    auditHeads: {
      signingKey: readAuditSigningKey(read, identity.name, environment),
      enabled: read.boolean('AUDIT_WITNESS', environment !== 'test'),
      intervalMs: read.integer('AUDIT_HEAD_INTERVAL_MS', 300_000, { min: 1_000, max: 86_400_000 }),
      everyEntries: read.integer('AUDIT_HEAD_EVERY_ENTRIES', 100, { min: 1, max: 1_000_000 }),
    },
  });
}

/**
 * Every other agency this one calls: the manifest's (it sends them its
 * audit heads) and the owners it checks references with, each read once:
 * `<AGENCY>_URL`, `<AGENCY>_SUBGRAPH_SECRET`, `<AGENCY>_AUDIT_PUBLIC_KEY`.
 */
function readPeers(read: EnvReader, identity: SubgraphIdentity, manifest: AgencyManifest, environment: Environment): Map<string, PeerEndpoint> {
  const names = [...new Set([...manifest.agencies.map((agency) => agency.name), ...(identity.owners ?? []).map((owner) => owner.name)])].filter((name) => name !== identity.name);
  return new Map(
    names.map((name) => {
      const variable = subgraphVariable(name, 'URL');
      return [
        name,
        {
          url: read.url(variable, `http://localhost:${defaultPort(read, manifest, name, variable)}/graphql`, ['http:', 'https:']),
          secret: readSubgraphSecret(read, subgraphSecretVariable(name), name, environment),
          auditPublicKey: readAuditPublicKey(read, name, environment),
        },
      ];
    }),
  );
}

/** An agency's port from the manifest; needed only when `variable` does not say where it is. */
function defaultPort(read: EnvReader, manifest: AgencyManifest, name: string, variable: string): number {
  const agency = findAgency(manifest, name);
  if (agency === undefined && read.optionalString(variable) === undefined)
    read.problem(`${name} is not in the agency manifest (${manifest.file}): add it there, or set ${variable}`);
  return agency?.defaultPort ?? 0;
}

function readDatabase(read: EnvReader, name: string): DatabaseConfig {
  const url = read.optionalString('DATABASE_URL');
  if (url === undefined || url.startsWith('sqlite:')) {
    const file = url === undefined ? path.join(read.path('DATA_DIR', 'data'), `${name}.sqlite`) : url.slice('sqlite:'.length);
    if (file === '') read.problem('DATABASE_URL="sqlite:" names no file');
    return { kind: 'sqlite', file: file === ':memory:' ? file : resolveFromRoot(file) };
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const checked = read.url('DATABASE_URL', url, ['mysql:', 'mariadb:']);
    if (URL.canParse(checked) && new URL(checked).pathname.length <= 1) read.problem('DATABASE_URL names no database (mysql://user:password@host:3306/<database>)');
    return {
      kind: 'mysql',
      server: url.startsWith('mariadb://') ? 'mariadb' : 'mysql',
      url: checked,
      poolSize: read.integer('DATABASE_POOL_SIZE', 10, { min: 1, max: 1_000 }),
      connectTimeoutMs: read.integer('DATABASE_CONNECT_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 }),
    };
  }
  read.problem(`DATABASE_URL must start with sqlite:, mysql:// or mariadb:// (got "${url.split(':')[0]}:...")`);
  return { kind: 'sqlite', file: ':memory:' };
}

function readPseudonymKey(read: EnvReader, environment: Environment): string {
  const key = read.optionalString('PERSON_PSEUDONYM_KEY');
  if (key === undefined && environment === 'production') read.problem('PERSON_PSEUDONYM_KEY is required in production');
  if (key !== undefined && key.length < 16) read.problem('PERSON_PSEUDONYM_KEY must be at least 16 characters');
  return key ?? DEVELOPMENT_PSEUDONYM_KEY;
}
