import { probeOk, type Readiness } from '@governance/kit/http';
import type { SubgraphEndpoint } from './config';

export interface ReadinessOptions {
  /** How long one subgraph's /ready may take before it counts as not answering (READY_PROBE_TIMEOUT_MS). */
  readonly probeTimeoutMs: number;
  /** How long an answer is reused (READY_CACHE_MS): a load balancer's probes every second must not each reach every subgraph. */
  readonly cacheMs: number;
  /** Ready while at least one subgraph answers (READY_ALLOW_DEGRADED), for deployments that prefer partial answers to none. */
  readonly allowDegraded: boolean;
}

/**
 * The gateway's readiness: it can answer only what its subgraphs answer, so
 * it asks each subgraph's own /ready (over node:http, a fresh connection, a
 * short timeout) and is ready when all of them are, or, when degraded
 * answers are allowed, when any is. The report names the subgraphs that do
 * not answer. Probes run at most once per `cacheMs`, and callers that arrive
 * while they run share them.
 */
export function subgraphReadiness(subgraphs: readonly SubgraphEndpoint[], options: ReadinessOptions): () => Promise<Readiness> {
  let last: { at: number; answer: Promise<Readiness> } | undefined;
  return () => {
    const now = Date.now();
    if (last === undefined || now - last.at >= options.cacheMs) last = { at: now, answer: probeAll(subgraphs, options) };
    return last.answer;
  };
}

async function probeAll(subgraphs: readonly SubgraphEndpoint[], options: ReadinessOptions): Promise<Readiness> {
  const answers = await Promise.all(subgraphs.map(async (subgraph) => ({ name: subgraph.name, ready: await probeOk(readyUrl(subgraph.url), options.probeTimeoutMs) })));
  const unavailable = answers.filter((answer) => !answer.ready).map((answer) => answer.name);
  const ready = unavailable.length === 0 || (options.allowDegraded && unavailable.length < subgraphs.length);
  return { ready, unavailable };
}

/** `http://host:<port>/graphql` -> `http://host:<port>/ready`. */
function readyUrl(graphqlUrl: string): URL {
  return new URL('/ready', graphqlUrl);
}
