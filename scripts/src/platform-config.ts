import path from 'node:path';
import { agencyManifest, agencyPackageDir, type AgencyManifest } from '@governance/kit/agencies';
import { EnvReader, subgraphVariable, type Env } from '@governance/kit/env';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';

export interface ServicePlan {
  readonly name: string;
  readonly entry: string;
  /** Where it listens (HOST, 127.0.0.1 unless told), and the variable that moves its port under `npm start`. */
  readonly host: string;
  readonly port: number;
  readonly portVariable: string;
  /** Its /metrics port of its own, when the variable sets one (0: any free port). */
  readonly metrics?: { readonly host: string; readonly port: number; readonly variable: string };
  /** Flags for node before the entry (V8 heap sizes). */
  readonly nodeArgs: readonly string[];
  /** The environment this one service starts with. */
  readonly env: Readonly<Record<string, string>>;
}

export interface PlatformPlan {
  readonly subgraphs: readonly ServicePlan[];
  readonly gateway: ServicePlan;
  readonly readyTimeoutMs: number;
}

const PER_SERVICE = ['PORT', 'DATABASE_URL', 'METRICS_PORT'];

/**
 * V8 heap sizes, chosen with `npm run bench` (README, Performance), for
 * `npm start`, the Dockerfile and docker-compose.yml alike (heapFlags).
 *
 * What a service holds is small (heap snapshots after the benchmark: 25-30
 * MB live in a subgraph, 2-3 MB more than at idle; about 45 MB in the
 * gateway), but V8 sizes its next full collection by the heap limit: under
 * its default limit (a quarter of the machine's memory) it lets the old
 * generation grow to about 4 times what the last one left, below 256 MB to
 * about 1.3 times. Uncapped, subgraphs went from about 100 MB to 130-196 MB
 * under the benchmark and the gateway past 200 MB, nearly all of it garbage
 * not yet collected. So every service gets an old-generation cap, still 4-7
 * times what it holds, so that V8 collects sooner rather than running out.
 *
 * The young generation (per semi-space) is 4 MB in the gateway instead of
 * V8's 16 MB, which cost no measurable CPU and saves about 20 MB. A subgraph
 * gets 8 MB: with 4 MB and the cap, the rows of requests in flight outlived
 * a young collection, were promoted and had to be collected by full ones,
 * which cost EnterpriseList(500) about 30 ms of subgraph CPU per request
 * more (116-137 ms in six runs, 87-98 ms uncapped); with 8 MB it took 77-88
 * ms, for 5-8 MB more per subgraph.
 */
export const HEAP = {
  subgraph: { semiSpaceMb: 8, oldSpace: { variable: 'SUBGRAPH_MAX_OLD_SPACE_MB', defaultMb: 192 } },
  gateway: { semiSpaceMb: 4, oldSpace: { variable: 'GATEWAY_MAX_OLD_SPACE_MB', defaultMb: 224 } },
} as const;

export type ServiceKind = keyof typeof HEAP;

/**
 * glibc's malloc, for `npm start` and the Dockerfile alike (docker compose
 * runs every service from that image). Each thread that allocates (V8's GC
 * and compiler threads, libuv's pool writing the logs) gets an arena of its
 * own, up to 8 per core, and each keeps what it once held; two arenas
 * measured 5-15 MB less in the six services after the benchmark, CPU per
 * request the same (README, Memory). The environment's value wins.
 */
export const MALLOC_ARENAS = { variable: 'MALLOC_ARENA_MAX', default: 2 } as const;

/** Node's flags for a service, before its entry; `oldSpaceMb` may be a compose interpolation such as `${SUBGRAPH_MAX_OLD_SPACE_MB:-192}`. */
export function heapFlags(kind: ServiceKind, oldSpaceMb: number | string): string[] {
  return [`--max-semi-space-size=${HEAP[kind].semiSpaceMb}`, `--max-old-space-size=${oldSpaceMb}`];
}

/**
 * How `npm start` runs the platform: every agency of the manifest on its
 * default port with its own SQLite file under data/, then the gateway pointed
 * at them. Services run with NODE_ENV=production (graphql-js's fast mode) and
 * the configuration's DEPLOYMENT_ENV (development unless DEPLOYMENT_ENV or
 * NODE_ENV says otherwise). `<NAME>_PORT` and `<NAME>_DATABASE_URL` (for
 * example COMMERCE_BUREAU_DATABASE_URL) move one service; `GATEWAY_PORT` moves
 * the gateway; `<NAME>_METRICS_PORT` and `GATEWAY_METRICS_PORT` give one
 * service's /metrics a port of its own (the services on one machine cannot
 * share one METRICS_PORT).
 */
export function planPlatform(env: Env = process.env, manifest: AgencyManifest = agencyManifest()): PlatformPlan {
  const read = new EnvReader(env);
  const shared = {
    ...Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !PER_SERVICE.includes(entry[0]))),
    // graphql-js skips its development-only checks (a costly instanceof guard on every value) only under NODE_ENV=production,
    // so every service runs with it; the configuration's rules follow DEPLOYMENT_ENV, by default the caller's NODE_ENV or development.
    NODE_ENV: 'production',
    DEPLOYMENT_ENV: read.string('DEPLOYMENT_ENV', read.string('NODE_ENV', 'development')),
    [MALLOC_ARENAS.variable]: String(read.integer(MALLOC_ARENAS.variable, MALLOC_ARENAS.default, { min: 1, max: 64 })),
  };
  const host = read.string('HOST', '127.0.0.1');
  const metricsHost = read.string('METRICS_HOST', '127.0.0.1');
  const flags = (kind: ServiceKind) => heapFlags(kind, read.integer(HEAP[kind].oldSpace.variable, HEAP[kind].oldSpace.defaultMb, { min: 64, max: 65_536 }));
  const subgraphFlags = flags('subgraph');
  const ports = new Map(manifest.agencies.map((agency) => [agency.name, read.integer(subgraphVariable(agency.name, 'PORT'), agency.defaultPort, { min: 1, max: 65535 })]));
  // Every service learns where every subgraph listens: the gateway to route, subgraphs to check references with their owners.
  const urls = Object.fromEntries([...ports].map(([name, port]) => [subgraphUrlVariable(name), `http://127.0.0.1:${port}/graphql`]));
  const subgraphs = manifest.agencies.map((agency): ServicePlan => {
    const port = ports.get(agency.name)!;
    const databaseUrl = read.optionalString(subgraphVariable(agency.name, 'DATABASE_URL'));
    const metrics = metricsPort(read, subgraphVariable(agency.name, 'METRICS_PORT'), metricsHost);
    return {
      name: agency.name,
      entry: path.join(agencyPackageDir(manifest, agency), 'dist/index.js'),
      host,
      port,
      portVariable: subgraphVariable(agency.name, 'PORT'),
      ...(metrics === undefined ? {} : { metrics }),
      nodeArgs: subgraphFlags,
      env: { ...shared, ...urls, PORT: String(port), ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }), ...metricsEnv(metrics) },
    };
  });
  const gatewayPort = read.integer('GATEWAY_PORT', manifest.gateway.defaultPort, { min: 1, max: 65535 });
  const gatewayMetrics = metricsPort(read, 'GATEWAY_METRICS_PORT', metricsHost);
  return read.finish('platform', {
    subgraphs,
    gateway: {
      name: 'gateway',
      // scripts/{src,dist}/ -> gateway/dist/
      entry: path.resolve(__dirname, '../../gateway/dist/index.js'),
      host,
      port: gatewayPort,
      portVariable: 'GATEWAY_PORT',
      ...(gatewayMetrics === undefined ? {} : { metrics: gatewayMetrics }),
      nodeArgs: flags('gateway'),
      env: { ...shared, ...urls, PORT: String(gatewayPort), ...metricsEnv(gatewayMetrics) },
    },
    readyTimeoutMs: read.integer('READY_TIMEOUT_MS', 120_000, { min: 1_000, max: 3_600_000 }),
  });
}

function metricsPort(read: EnvReader, variable: string, host: string): ServicePlan['metrics'] {
  return read.optionalString(variable) === undefined ? undefined : { host, port: read.integer(variable, 0, { min: 0, max: 65535 }), variable };
}

function metricsEnv(metrics: ServicePlan['metrics']): { METRICS_PORT?: string } {
  return metrics === undefined ? {} : { METRICS_PORT: String(metrics.port) };
}
