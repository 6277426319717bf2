import path from 'node:path';
import { agencyManifest, agencyPackageDir, type AgencyManifest } from '@governance/kit/agencies';
import { EnvReader, subgraphVariable, type Env } from '@governance/kit/env';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';

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

const PER_SERVICE = ['PORT', 'DATABASE_URL'];

/**
 * How `npm start` runs the platform: every agency of the manifest on its
 * default port with its own SQLite file under data/, then the gateway pointed
 * at them. `<NAME>_PORT` and `<NAME>_DATABASE_URL` (for example
 * COMMERCE_BUREAU_DATABASE_URL) move one service; `GATEWAY_PORT` moves the gateway.
 */
export function planPlatform(env: Env = process.env, manifest: AgencyManifest = agencyManifest()): PlatformPlan {
  const read = new EnvReader(env);
  const shared = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !PER_SERVICE.includes(entry[0])));
  const ports = new Map(manifest.agencies.map((agency) => [agency.name, read.integer(subgraphVariable(agency.name, 'PORT'), agency.defaultPort, { min: 1, max: 65535 })]));
  // Every service learns where every subgraph listens: the gateway to route, subgraphs to check references with their owners.
  const urls = Object.fromEntries([...ports].map(([name, port]) => [subgraphUrlVariable(name), `http://127.0.0.1:${port}/graphql`]));
  const subgraphs = manifest.agencies.map((agency): ServicePlan => {
    const port = ports.get(agency.name)!;
    const databaseUrl = read.optionalString(subgraphVariable(agency.name, 'DATABASE_URL'));
    return {
      name: agency.name,
      entry: path.join(agencyPackageDir(manifest, agency), 'dist/index.js'),
      port,
      env: { ...shared, ...urls, PORT: String(port), ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }) },
    };
  });
  const gatewayPort = read.integer('GATEWAY_PORT', manifest.gateway.defaultPort, { min: 1, max: 65535 });
  return read.finish('platform', {
    subgraphs,
    gateway: {
      name: 'gateway',
      // scripts/{src,dist}/ -> gateway/dist/
      entry: path.resolve(__dirname, '../../gateway/dist/index.js'),
      port: gatewayPort,
      env: { ...shared, ...urls, PORT: String(gatewayPort) },
    },
    readyTimeoutMs: read.integer('READY_TIMEOUT_MS', 120_000, { min: 1_000, max: 3_600_000 }),
  });
}
