import path from 'node:path';
import { EnvReader, subgraphVariable, type Env } from '@governance/kit/env';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { subgraphDefinitions } from './subgraph-definitions';

export interface ServicePlan {
  readonly name: string;
  readonly entry: string;
  readonly port: number;
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
 * How `npm start` runs the platform: every subgraph on its default port with
 * its own SQLite file under data/, then the gateway pointed at them.
 * `<NAME>_PORT` and `<NAME>_DATABASE_URL` (for example COMMERCE_BUREAU_DATABASE_URL)
 * move one service; `GATEWAY_PORT` moves the gateway; `<NAME>_METRICS_PORT`
 * and `GATEWAY_METRICS_PORT` give one service's /metrics a port of its own
 * (five services on one machine cannot share one METRICS_PORT).
 */
export function planPlatform(env: Env = process.env): PlatformPlan {
  const read = new EnvReader(env);
  const shared = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !PER_SERVICE.includes(entry[0])));
  const ports = new Map(subgraphDefinitions.map((definition) => [definition.name, read.integer(subgraphVariable(definition.name, 'PORT'), definition.defaultPort, { min: 1, max: 65535 })]));
  // Every service learns where every subgraph listens: the gateway to route, subgraphs to check references with their owners.
  const urls = Object.fromEntries([...ports].map(([name, port]) => [subgraphUrlVariable(name), `http://127.0.0.1:${port}/graphql`]));
  const subgraphs = subgraphDefinitions.map((definition): ServicePlan => {
    const port = ports.get(definition.name)!;
    const databaseUrl = read.optionalString(subgraphVariable(definition.name, 'DATABASE_URL'));
    return {
      name: definition.name,
      entry: path.join(path.dirname(require.resolve(`@governance/${definition.name}/package.json`)), 'dist/index.js'),
      port,
      env: { ...shared, ...urls, PORT: String(port), ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }), ...metricsPort(read, subgraphVariable(definition.name, 'METRICS_PORT')) },
    };
  });
  const gatewayPort = read.integer('GATEWAY_PORT', 4000, { min: 1, max: 65535 });
  return read.finish('platform', {
    subgraphs,
    gateway: {
      name: 'gateway',
      entry: path.join(path.dirname(require.resolve('@governance/gateway/package.json')), 'dist/index.js'),
      port: gatewayPort,
      env: { ...shared, ...urls, PORT: String(gatewayPort), ...metricsPort(read, 'GATEWAY_METRICS_PORT') },
    },
    readyTimeoutMs: read.integer('READY_TIMEOUT_MS', 120_000, { min: 1_000, max: 3_600_000 }),
  });
}

function metricsPort(read: EnvReader, variable: string): { METRICS_PORT?: string } {
  return read.optionalString(variable) === undefined ? {} : { METRICS_PORT: String(read.integer(variable, 0, { min: 0, max: 65535 })) };
}
