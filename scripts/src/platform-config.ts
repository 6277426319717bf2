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
 * V8 heap sizes, chosen with `npm run bench` (README, Performance). A young
 * generation of 4 MB instead of 16 MB per semi-space cost no measurable CPU
 * and saves about 20 MB of resident memory per process. The gateway, which
 * allocates most (whole subgraph answers and the shaped result), also gets
 * an old-generation cap (GATEWAY_MAX_OLD_SPACE_MB), or V8 lets it grow past
 * 200 MB under load although it holds about 45 MB; the cap is far above
 * what it holds, so V8 collects sooner rather than failing.
 */
const YOUNG_GENERATION = '--max-semi-space-size=4';

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
  };
  const host = read.string('HOST', '127.0.0.1');
  const metricsHost = read.string('METRICS_HOST', '127.0.0.1');
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
      nodeArgs: [YOUNG_GENERATION],
      env: { ...shared, ...urls, PORT: String(port), ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }), ...metricsEnv(metrics) },
    };
  });
  const gatewayPort = read.integer('GATEWAY_PORT', manifest.gateway.defaultPort, { min: 1, max: 65535 });
  const gatewayOldSpaceMb = read.integer('GATEWAY_MAX_OLD_SPACE_MB', 224, { min: 64, max: 65_536 });
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
      nodeArgs: [YOUNG_GENERATION, `--max-old-space-size=${gatewayOldSpaceMb}`],
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
