import path from 'node:path';
import { agencyLabel, agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { readAuthConfig, readSubgraphSecret, subgraphSecretVariable, type AuthConfig } from '@governance/kit/auth';
import { EnvReader, readDeploymentEnvironment, type Env } from '@governance/kit/env';
import { readHttpTimeouts, type HttpTimeouts } from '@governance/kit/http';
import { readObservabilityConfig, type ObservabilityConfig } from '@governance/kit/observability';
import { readCorsOrigins } from './cors';
import { readRateLimitConfig, type RateLimitConfig } from './rate-limits';
import type { ReadinessOptions } from './readiness';
import { defaultSubgraphUrl, gatewaySubgraphs, subgraphUrlVariable } from './subgraph-list';
import { DEFAULT_PUBLIC_DIR } from './web/public-dir';

const PLAN_EXECUTORS = ['compiled', 'apollo'] as const;
export type PlanExecutorName = (typeof PLAN_EXECUTORS)[number];

export interface SubgraphEndpoint {
  readonly name: string;
  readonly url: string;
  /** Sent with every call (x-subgraph-secret): the subgraph answers `_entities` only to holders. */
  readonly secret: string;
}

/** Bounds on one operation, checked before any subgraph is called (graphql-armor). */
export interface OperationLimits {
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly tokens: number;
  /** graphql-armor's cost: 2 per object field, 1 per scalar, times 1.5 per level of depth. */
  readonly cost: number;
}

export interface GatewayConfig {
  readonly environment: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  /** The committed supergraph the gateway serves (schema/supergraph.graphql). */
  readonly supergraphPath: string;
  /** Reload the supergraph when its file changes (SIGHUP reloads it either way). */
  readonly supergraphWatch: boolean;
  readonly subgraphs: readonly SubgraphEndpoint[];
  /** Every subgraph call is cut off after this long, so a hung subgraph costs its fields, not the request. */
  readonly subgraphTimeoutMs: number;
  readonly subgraphConnections: number;
  /** Identical query fetches in flight at once (same document, variables and token, no purpose) share one subgraph call. */
  readonly mergeInflightFetches: boolean;
  /**
   * Who executes query plans: the gateway's own executor (`compiled`, see
   * gateway/src/execution) or @apollo/gateway's (`apollo`), kept as the
   * way back should an answer ever differ, and for the benchmark's
   * side-by-side comparison.
   */
  readonly planExecutor: PlanExecutorName;
  readonly maxRequestBytes: number;
  /** How long a client may take to send a request, and how long an idle keep-alive socket stays open. */
  readonly http: HttpTimeouts;
  /** How /ready asks the subgraphs. */
  readonly readiness: ReadinessOptions;
  readonly shutdownGraceMs: number;
  /** How tokens are verified: the same settings every subgraph reads. */
  readonly auth: AuthConfig;
  readonly limits: OperationLimits;
  /**
   * A bearer token the playground and dashboard start with (PLAYGROUND_TOKEN),
   * so that a developer can query at once. Never honoured in production, where
   * a pre-filled token would be handed to every visitor.
   */
  readonly playgroundToken?: string;
  /** The playground's and dashboard's files, bundled by `npm run build`; nothing outside it is served. */
  readonly publicDir: string;
  /** How the pages name each agency to people (`Commerce bureau (工商局)`), from the agency manifest. */
  readonly agencyLabels: Readonly<Record<string, string>>;
  /** The trusted documents (schema/trusted-documents.json, written by `npm run compose`). */
  readonly trustedDocumentsPath: string;
  /** Dashboard tokens may run only trusted documents (TRUSTED_DOCUMENTS_ENFORCED; on in production). */
  readonly enforceTrustedDocuments: boolean;
  /** Browser origins allowed to call the graph (CORS_ORIGINS); none by default. */
  readonly corsOrigins: readonly string[];
  readonly rateLimits: RateLimitConfig;
  /** LOG_LEVEL, METRICS_PORT/METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT, COMPRESSION_MIN_BYTES. */
  readonly observability: ObservabilityConfig;
  /** How much of the parsed documents and query plans the gateway keeps (see CacheSizes). */
  readonly caches: CacheSizes;
}

/**
 * The bounds of the gateway's two caches, in MiB of their entries' JSON, as
 * Apollo measures them (DOCUMENT_CACHE_MIB, QUERY_PLAN_CACHE_MIB). Apollo's
 * defaults are 30 MiB each; in the heap a parsed document takes about 4
 * times its JSON and a query plan about 7 times, so together they could
 * hold some 330 MB, more than the gateway's heap cap (GATEWAY_MAX_OLD_SPACE_MB),
 * once enough distinct queries have been asked (free queries are allowed to
 * every token but a dashboard's). The 21 trusted documents take 90 kB as
 * documents and 26 kB as plans; the defaults keep each about 40 times over
 * (README, Performance).
 */
export interface CacheSizes {
  readonly documentsMib: number;
  readonly queryPlansMib: number;
}

export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = path.resolve(__dirname, '../../schema/trusted-documents.json');

/**
 * The only reader of the environment for the gateway; every problem is
 * reported in one error. The subgraphs it routes to, and their default ports,
 * are the agency manifest's.
 */
export function loadGatewayConfig(env: Env = process.env, manifest: AgencyManifest = agencyManifest()): Readonly<GatewayConfig> {
  const read = new EnvReader(env);
  const environment = readDeploymentEnvironment(read);
  const playgroundToken = environment === 'production' ? undefined : read.optionalString('PLAYGROUND_TOKEN');
  return read.finish('gateway', {
    environment,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', manifest.gateway.defaultPort, { min: 0, max: 65535 }),
    supergraphPath: read.path('SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH),
    supergraphWatch: read.boolean('SUPERGRAPH_WATCH', true),
    subgraphs: gatewaySubgraphs(manifest).map(({ name, defaultPort }) => ({
      name,
      url: read.url(subgraphUrlVariable(name), defaultSubgraphUrl(defaultPort), ['http:', 'https:']),
      secret: readSubgraphSecret(read, subgraphSecretVariable(name), name, environment),
    })),
    subgraphTimeoutMs: read.integer('SUBGRAPH_TIMEOUT_MS', 5_000, { min: 50, max: 300_000 }),
    subgraphConnections: read.integer('SUBGRAPH_CONNECTIONS', 32, { min: 1, max: 1_024 }),
    mergeInflightFetches: read.boolean('SUBGRAPH_MERGE_INFLIGHT', false),
    planExecutor: read.oneOf('GATEWAY_PLAN_EXECUTOR', PLAN_EXECUTORS, 'compiled'),
    maxRequestBytes: read.integer('MAX_REQUEST_BYTES', 1_000_000, { min: 1_000, max: 100_000_000 }),
    http: readHttpTimeouts(read),
    readiness: {
      probeTimeoutMs: read.integer('READY_PROBE_TIMEOUT_MS', 2_000, { min: 50, max: 60_000 }),
      cacheMs: read.integer('READY_CACHE_MS', 2_000, { min: 0, max: 60_000 }),
      allowDegraded: read.boolean('READY_ALLOW_DEGRADED', false),
    },
    shutdownGraceMs: read.integer('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 }),
    auth: readAuthConfig(read, environment),
    limits: {
      depth: read.integer('MAX_QUERY_DEPTH', 12, { min: 2, max: 100 }),
      aliases: read.integer('MAX_QUERY_ALIASES', 30, { min: 0, max: 1_000 }),
      directives: read.integer('MAX_QUERY_DIRECTIVES', 50, { min: 0, max: 1_000 }),
      tokens: read.integer('MAX_QUERY_TOKENS', 3_000, { min: 100, max: 100_000 }),
      cost: read.integer('MAX_QUERY_COST', 50_000, { min: 100, max: 10_000_000 }),
    },
    ...(playgroundToken === undefined ? {} : { playgroundToken }),
    publicDir: read.path('PUBLIC_DIR', DEFAULT_PUBLIC_DIR),
    agencyLabels: Object.fromEntries(manifest.agencies.map((agency) => [agency.name, agencyLabel(agency)])),
    trustedDocumentsPath: read.path('TRUSTED_DOCUMENTS_PATH', DEFAULT_TRUSTED_DOCUMENTS_PATH),
    enforceTrustedDocuments: read.boolean('TRUSTED_DOCUMENTS_ENFORCED', environment === 'production'),
    corsOrigins: readCorsOrigins(read.optionalString('CORS_ORIGINS'), (message) => read.problem(message)),
    rateLimits: readRateLimitConfig(read),
    observability: readObservabilityConfig(read, environment),
    caches: {
      documentsMib: read.integer('DOCUMENT_CACHE_MIB', 4, { min: 1, max: 1_024 }),
      queryPlansMib: read.integer('QUERY_PLAN_CACHE_MIB', 1, { min: 1, max: 1_024 }),
    },
  });
}
