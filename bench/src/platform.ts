import fs from 'node:fs';
import path from 'node:path';
import { developmentSubgraphSecret } from '@governance/kit/auth';
import { subgraphVariable } from '@governance/kit/env';
import { planPlatform } from '@governance/scripts/platform-config';
import { seedPlatform } from '@governance/scripts/seed-platform';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { onFreePorts } from '@governance/testkit/free-ports';
import { launch, stop, waitUntilAnswering, type Service } from './processes';

export const SUBGRAPH_NAMES: readonly string[] = subgraphDefinitions.map((definition) => definition.name);

/** The platform as `npm start` runs it, on ports and a data folder of the benchmark's own. */
export interface BenchPlatform {
  readonly dataDir: string;
  readonly subgraphs: readonly Service[];
  /** Gateways over these subgraphs, by target name ('ours', 'ours-merged', ...). */
  readonly gateways: Map<string, Service>;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The environment `npm start` gives the gateway, for starting more of them. */
  readonly gatewayEnv: Readonly<Record<string, string>>;
  readonly gatewayEntry: string;
  readonly gatewayNodeArgs: readonly string[];
}

export interface PlatformOptions {
  readonly dataDir: string;
  readonly scale: number;
  readonly verbose: boolean;
  /** Node flags for the gateway process (a CPU profile, a heap-snapshot signal). */
  readonly gatewayNodeArgs?: readonly string[];
  readonly subgraphNodeArgs?: readonly string[];
}

/** Node flags for the services the benchmark starts: CPU profiles written at exit, heap snapshots on SIGUSR2. */
export function diagnosticNodeArgs(options: { profileDir?: string; heapDir?: string }): string[] {
  return [
    ...(options.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`]),
    ...(options.heapDir === undefined ? [] : ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${options.heapDir}`]),
  ];
}

const READY_MS = 300_000;

/**
 * Seeds the data folder on first use (`--scale N` writes N copies), then
 * starts the subgraphs and our gateway. The seed runs before the services
 * start, at every scale, so that a fresh clone's services do not measure
 * their own seed: a subgraph that seeded itself on start held 15-57 MB more
 * resident memory through the whole run (community-committees and
 * public-security 155 MB idle, against 98-103 once seeded).
 */
export async function startPlatform(options: PlatformOptions): Promise<BenchPlatform> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: options.dataDir };
  const seeded = SUBGRAPH_NAMES.every((name) => fs.existsSync(path.join(options.dataDir, `${name}.sqlite`)));
  if (!seeded) {
    console.error(`bench: seeding ${options.dataDir} at scale ${options.scale}`);
    await seedPlatform({ scale: options.scale, env });
  }
  // Ports are free when chosen; another process may take one before a service binds it, and then the platform starts again on others.
  return onFreePorts(SUBGRAPH_NAMES.length + 1, async (ports) => {
    SUBGRAPH_NAMES.forEach((name, index) => (env[subgraphVariable(name, 'PORT')] = String(ports[index])));
    env.GATEWAY_PORT = String(ports.at(-1));
    // One token drives every request: the per-subject and per-agency limits would refuse most of them (HTTP 429) within a second.
    env.RATE_LIMIT_PER_SUBJECT = '0';
    env.RATE_LIMIT_PER_AGENCY = '0';
    const plan = planPlatform(env);
    const started: Service[] = plan.subgraphs.map((service) =>
      launch({
        name: service.name,
        entry: service.entry,
        port: service.port,
        env: service.env,
        verbose: options.verbose,
        nodeArgs: [...service.nodeArgs, ...(options.subgraphNodeArgs ?? [])],
      }),
    );
    const subgraphs = [...started];
    try {
      await Promise.all(subgraphs.map((service) => waitUntilAnswering(service, '/ready', READY_MS)));
      const gateway = launch({
        name: 'gateway',
        entry: plan.gateway.entry,
        port: plan.gateway.port,
        env: plan.gateway.env,
        verbose: options.verbose,
        nodeArgs: [...plan.gateway.nodeArgs, ...(options.gatewayNodeArgs ?? [])],
      });
      started.push(gateway);
      await waitUntilAnswering(gateway, '/health', READY_MS);
      return {
        dataDir: options.dataDir,
        subgraphs,
        gateways: new Map([['ours', gateway]]),
        subgraphUrls: Object.fromEntries(plan.subgraphs.map((service) => [service.name, `http://127.0.0.1:${service.port}/graphql`])),
        gatewayEnv: plan.gateway.env,
        gatewayEntry: plan.gateway.entry,
        gatewayNodeArgs: plan.gateway.nodeArgs,
      };
    } catch (error) {
      await Promise.all(started.map(stop));
      throw error;
    }
  });
}

/** Starts a service on a free port and waits until it answers at `readyPath`; on another port when its port was taken meanwhile. */
function startOnFreePort(start: (port: number) => Service, readyPath: string): Promise<Service> {
  return onFreePorts(1, async ([port]) => {
    const service = start(port);
    try {
      await waitUntilAnswering(service, readyPath, READY_MS);
      return service;
    } catch (error) {
      await stop(service);
      throw error;
    }
  });
}

/** Another gateway of ours over the same subgraphs, with extra settings (for example in-flight merging on). */
export async function startExtraGateway(platform: BenchPlatform, name: string, extraEnv: Readonly<Record<string, string>>, verbose: boolean): Promise<Service> {
  const gateway = await startOnFreePort(
    (port) =>
      launch({
        name,
        entry: platform.gatewayEntry,
        port,
        env: { ...platform.gatewayEnv, ...extraEnv, PORT: String(port) },
        verbose,
        nodeArgs: platform.gatewayNodeArgs,
      }),
    '/health',
  );
  platform.gateways.set(name, gateway);
  return gateway;
}

/** Hive Gateway with the Rust planner on the same subgraphs and the committed supergraph. */
export function startHive(platform: BenchPlatform, supergraphPath: string, verbose: boolean): Promise<Service> {
  const secrets = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, process.env[subgraphVariable(name, 'SUBGRAPH_SECRET')] ?? developmentSubgraphSecret(name)]));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphVariable(name, 'URL'), platform.subgraphUrls[name]]));
  return startOnFreePort(
    (port) =>
      launch({
        name: 'hive',
        entry: path.join(__dirname, 'hive-gateway.js'),
        port,
        env: {
          ...process.env,
          ...urls,
          PORT: String(port),
          SUPERGRAPH_PATH: supergraphPath,
          SUBGRAPH_SECRETS: JSON.stringify(secrets),
          SUBGRAPH_URLS: JSON.stringify(platform.subgraphUrls),
          NODE_ENV: 'production',
        },
        verbose,
      }),
    '/healthcheck',
  );
}

/** The hand-written direct-SQL server for EnterpriseList over the same SQLite files. */
export function startBaseline(platform: BenchPlatform, verbose: boolean): Promise<Service> {
  return startOnFreePort(
    (port) =>
      launch({
        name: 'baseline',
        entry: path.join(__dirname, 'baseline/enterprise-list-server.js'),
        port,
        env: { ...process.env, PORT: String(port), DATA_DIR: platform.dataDir },
        verbose,
      }),
    '/graphql',
  );
}

export async function stopPlatform(platform: BenchPlatform): Promise<void> {
  await Promise.all([...platform.gateways.values()].map(stop));
  await Promise.all(platform.subgraphs.map(stop));
}
