import type { DestinationStream } from 'pino';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import type { RunningSubgraph, SubgraphDefinition } from '@governance/kit';
import type { ObservabilityOptions } from '@governance/kit/observability';
import type { AgencyManifest } from '@governance/kit/agencies';
import { loadSubgraphDefinitions, subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { postGraphQL, type GraphQLResponse } from '@governance/testkit/graphql-client';
import { startTestSubgraph } from '@governance/testkit/subgraph';
import { entitled, headersFor, type Caller } from '@governance/testkit/tokens';
import { onFreePorts } from '@governance/testkit/free-ports';
import { STACK_START_LIMIT_MS } from './timeouts';
import { agencyFor } from './operation-owner';

export type SubgraphName = (typeof subgraphDefinitions)[number]['name'];

export interface Stack {
  readonly gateway: RunningGateway;
  readonly subgraphs: Record<SubgraphName, RunningSubgraph>;
  readonly dataDir: string;
  /**
   * Runs an operation as an entitled user: every scope, a stated purpose, and
   * for a mutation the agency that owns it. Pass `caller` to be someone else.
   */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra gateway environment (SUBGRAPH_TIMEOUT_MS, a subgraph URL to override, SUPERGRAPH_PATH). */
  readonly gatewayEnv?: Record<string, string>;
  /** Extra environment of every subgraph (AUDIT_WITNESS, AUDIT_HEAD_EVERY_ENTRIES). */
  readonly subgraphEnv?: Record<string, string>;
  /** Another list of agencies than agencies.json (a test's variant with a bureau added). */
  readonly manifest?: AgencyManifest;
  /** Where every service's log lines go (a test that reads them); by default, stdout at the test level (warn). */
  readonly logDestination?: DestinationStream;
}

/**
 * Every subgraph calls every other (owner checks, access reports, signed
 * audit heads), so each learns all their places before any starts: ports are
 * chosen first, then bound (`onFreePorts` tries other ports when one was
 * taken in between; the subgraphs that did start are stopped first).
 */
async function startSubgraphsKnowingEachOther(
  definitions: readonly SubgraphDefinition<unknown>[],
  dataDir: string,
  env: Record<string, string>,
  observability: ObservabilityOptions,
): Promise<{ urls: Record<string, string>; started: RunningSubgraph[] }> {
  return onFreePorts(definitions.length, async (ports) => {
    const urls = Object.fromEntries(definitions.map((definition, index) => [subgraphUrlVariable(definition.name), `http://127.0.0.1:${ports[index]}/graphql`]));
    const starting = new Set(definitions.map((definition) => definition.name));
    const starts = definitions.map((definition, index) =>
      startTestSubgraph(definition, dataDir, { ...urls, ...env }, { observability, port: ports[index] }).then(
        (subgraph) => (starting.delete(definition.name), subgraph),
        (error: unknown) => {
          starting.delete(definition.name);
          throw new Error(`${definition.name} did not start: ${(error as Error).message}`, { cause: error });
        },
      ),
    );
    const settled = Promise.allSettled(starts);
    const results = await withinLimit(settled, STACK_START_LIMIT_MS);
    if (results === undefined) {
      // The hook is about to give up: whatever starts after all is stopped at once.
      void settled.then((late) => Promise.all(late.flatMap((result) => (result.status === 'fulfilled' ? [result.value.stop()] : []))));
      throw new Error(`the stack did not start within ${STACK_START_LIMIT_MS / 1000} s; still starting: ${[...starting].join(', ')}`);
    }
    const started = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure === undefined) return { urls, started };
    await Promise.all(started.map((subgraph) => subgraph.stop()));
    throw failure.reason;
  });
}

/**
 * The whole platform in this process, as separate HTTP services: every
 * agency's subgraph on a free port with its own database (each told where
 * the others are), and the gateway calling them over real HTTP.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-e2e-'));
  const definitions = options.manifest === undefined ? subgraphDefinitions : loadSubgraphDefinitions(options.manifest);
  const observability = options.logDestination === undefined ? {} : { logDestination: options.logDestination };
  const { urls, started } = await startSubgraphsKnowingEachOther(definitions, dataDir, options.subgraphEnv ?? {}, observability);
  const subgraphs = Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph])) as Record<SubgraphName, RunningSubgraph>;
  // Its configuration is read inside too: a gateway that cannot start, for whatever reason, leaves no subgraph running.
  const gateway = await (async () =>
    startGateway(loadGatewayConfig({ NODE_ENV: 'test', PORT: '0', SHUTDOWN_GRACE_MS: '2000', ...urls, ...options.gatewayEnv }, options.manifest), observability))().catch(
    async (error: unknown) => {
      await Promise.all(started.map((subgraph) => subgraph.stop().catch(() => undefined)));
      throw new Error(`the gateway did not start: ${(error as Error).message}`, { cause: error });
    },
  );
  const stopped = new Set<string>();
  return {
    gateway,
    subgraphs,
    dataDir,
    query: async (query, variables, caller) => postGraphQL(gateway.url, query, variables, await headersFor(caller ?? entitled(agencyFor(query, 'community-committees')))),
    async stop() {
      await gateway.stop();
      await Promise.all(started.filter((subgraph) => !stopped.has(subgraph.name)).map((subgraph) => stopOnce(subgraph, stopped)));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `work`'s value, or undefined when it has not settled within `ms`. */
async function withinLimit<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function stopOnce(subgraph: RunningSubgraph, stopped: Set<string>): Promise<void> {
  stopped.add(subgraph.name);
  await subgraph.stop().catch(() => undefined);
}
