import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import type { RunningSubgraph, SubgraphDefinition } from '@governance/kit';
import { subgraphVariable } from '@governance/kit/env';
import { verifyPlatformAudit } from '@governance/scripts/audit-verify';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { startChildSubgraph, type ChildSubgraph } from '../support/child-subgraph';
import { freshDatabaseUrl } from '@governance/testkit/database';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { startTestSubgraph } from '@governance/testkit/subgraph';
import { entitled, headersFor } from '@governance/testkit/tokens';
import { JINYI, databaseUrlOf } from '../security/support';

/**
 * The commerce bureau's subgraph as a real process beside the others, and
 * the gateway in front, while that process is killed, hung and started
 * again: the gateway is never restarted, answers every request (partial
 * answers naming the missing agency while it is gone, within the subgraph
 * timeout while it hangs) and gives full answers again within seconds of
 * the subgraph's return. Every loop is bounded in requests and time, and
 * talks to 127.0.0.1 only.
 */

const OVERVIEW = fs.readFileSync(path.resolve(__dirname, '../../../shared/operations/community-overview.graphql'), 'utf8');
const SUBGRAPH_TIMEOUT_MS = 1_500;
/** How long after a subgraph is back the gateway may take to answer fully again (a few requests' time, with slack for a loaded machine). */
const RECOVERY_MS = 10_000;

type Answer = 'full' | 'partial' | 'timeout' | `wrong: ${string}`;

interface Sample {
  readonly answer: Answer;
  readonly status: number;
  readonly ms: number;
  readonly at: number;
}

const definition = (name: string) => subgraphDefinitions.find((candidate) => candidate.name === name) as SubgraphDefinition<unknown>;

describe('a subgraph process killed, hung and restarted under load', () => {
  let dataDir: string;
  let commerce: ChildSubgraph;
  let inProcess: RunningSubgraph[];
  let gateway: RunningGateway;
  let urls: Record<string, string>;
  let headers: Record<string, string>;
  let commerceDatabaseUrl: string;
  const extraGateways: RunningGateway[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-faults-'));
    const committees = await startTestSubgraph(definition('community-committees'), dataDir);
    commerceDatabaseUrl = await freshDatabaseUrl('commerce-bureau', dataDir);
    commerce = await startChildSubgraph('commerce-bureau', {
      DATABASE_URL: commerceDatabaseUrl,
      SEED_ON_EMPTY: 'true',
      SHUTDOWN_GRACE_MS: '500',
      [subgraphUrlVariable('community-committees')]: committees.url,
    });
    const owners = { [subgraphUrlVariable('community-committees')]: committees.url, [subgraphUrlVariable('commerce-bureau')]: commerce.url };
    // Every other agency of the manifest, in this process: /ready must find them all answering.
    const others = subgraphDefinitions.filter((candidate) => candidate.name !== 'community-committees' && candidate.name !== 'commerce-bureau');
    const rest = await Promise.all(others.map((other) => startTestSubgraph(other, dataDir, owners)));
    inProcess = [committees, ...rest];
    urls = { ...owners, ...Object.fromEntries(rest.map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url])) };
    gateway = await startGatewayHere();
    headers = await headersFor(entitled('community-committees'));
  });

  afterAll(async () => {
    await Promise.all([gateway, ...extraGateways].map((running) => running.stop()));
    await commerce.stop();
    await Promise.all(inProcess.map((subgraph) => subgraph.stop()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function startGatewayHere(): Promise<RunningGateway> {
    return startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        PORT: '0',
        SHUTDOWN_GRACE_MS: '500',
        SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
        READY_CACHE_MS: '0',
        READY_PROBE_TIMEOUT_MS: '500',
        ...urls,
      }),
    );
  }

  /** Sends the community overview (all four agencies) and says what kind of answer came back. */
  async function ask(through: RunningGateway = gateway): Promise<Sample> {
    const started = Date.now();
    const response = await postGraphQL<{ community: { name: string; policeStation: unknown; enterprises: unknown } | null }>(
      through.url,
      OVERVIEW,
      { code: JINYI, year: 2011 },
      headers,
    );
    const ms = Date.now() - started;
    const community = response.data?.community;
    const errors = response.errors ?? [];
    let answer: Answer;
    if (response.status !== 200 || !community) answer = `wrong: HTTP ${response.status} ${JSON.stringify(errors).slice(0, 200)}`;
    else if (errors.length === 0 && community.enterprises !== null) answer = 'full';
    else if (
      community.enterprises === null &&
      community.policeStation !== null &&
      errors.length > 0 &&
      errors.every((error) => error.extensions?.serviceName === 'commerce-bureau')
    ) {
      answer = errors.every((error) => error.extensions?.code === 'SUBGRAPH_TIMEOUT') ? 'timeout' : 'partial';
    } else answer = `wrong: ${JSON.stringify(errors).slice(0, 300)}`;
    return { answer, status: response.status, ms, at: Date.now() };
  }

  /** Asks, one request after another, until `count` answers of `kind` came back in a row; at most `maxRequests` and `maxMs`. */
  async function askUntil(kind: Answer, count: number, limits: { maxRequests: number; maxMs: number }, through?: RunningGateway): Promise<Sample[]> {
    const samples: Sample[] = [];
    const deadline = Date.now() + limits.maxMs;
    let run = 0;
    while (run < count) {
      if (samples.length >= limits.maxRequests || Date.now() > deadline)
        throw new Error(`no ${count} "${kind}" answers in a row within ${samples.length} requests: ${samples.map((sample) => sample.answer).join(', ')}`);
      const sample = await ask(through);
      samples.push(sample);
      run = sample.answer === kind ? run + 1 : 0;
    }
    return samples;
  }

  it('answers partially, naming the agency, while the subgraph is killed -9 under load, and fully again within seconds of its restart', async () => {
    await askUntil('full', 3, { maxRequests: 20, maxMs: 30_000 });
    // Background load: four clients asking without pause, bounded in requests and time, all through the same gateway.
    const samples: Sample[] = [];
    let stop = false;
    const loadEnds = Date.now() + 90_000;
    const clients = Array.from({ length: 4 }, async () => {
      while (!stop && samples.length < 2_000 && Date.now() < loadEnds) samples.push(await ask());
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const gatewayPort = gateway.port;
    const killedPid = commerce.pid();
    commerce.signal('SIGKILL');
    const killedAt = Date.now();
    await askUntil('partial', 5, { maxRequests: 100, maxMs: 30_000 });
    await commerce.restart();
    const backAt = Date.now();
    const recovery = await askUntil('full', 5, { maxRequests: 200, maxMs: 30_000 });
    const firstFull = recovery.find((sample) => sample.answer === 'full')!;
    stop = true;
    await Promise.all(clients);

    expect(commerce.pid()).not.toBe(killedPid);
    expect(gateway.port).toBe(gatewayPort);
    expect(samples.length).toBeGreaterThan(10);
    const wrong = samples.filter((sample) => sample.answer.startsWith('wrong') || sample.status >= 500);
    expect(wrong).toEqual([]);
    expect(samples.filter((sample) => sample.at > killedAt && sample.at < backAt && sample.answer === 'partial').length).toBeGreaterThan(0);
    if (firstFull.at - backAt >= RECOVERY_MS)
      throw new Error(`the first full answer came ${firstFull.at - backAt} ms after the restart: ${recovery.map((sample) => `${sample.answer} in ${sample.ms} ms`).join(', ')}`);
  }, 180_000);

  it('answers within the subgraph timeout while the subgraph hangs (SIGSTOP), and fully once it wakes', async () => {
    await askUntil('full', 2, { maxRequests: 20, maxMs: 30_000 });
    commerce.signal('SIGSTOP');
    try {
      const hung = await askUntil('timeout', 3, { maxRequests: 6, maxMs: 6 * (SUBGRAPH_TIMEOUT_MS + 5_000) });
      // The subgraph timeout, plus slack for a loaded machine; never the client's own patience.
      for (const sample of hung) expect(sample.ms).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 3_000);
      const readiness = await fetch(new URL('/ready', gateway.url));
      expect(readiness.status).toBe(503);
      expect(await readiness.json()).toEqual({ status: 'unavailable', unavailable: ['commerce-bureau'] });
    } finally {
      commerce.signal('SIGCONT');
    }
    const wokeAt = Date.now();
    const samples = await askUntil('full', 3, { maxRequests: 50, maxMs: 30_000 });
    expect(samples.find((sample) => sample.answer === 'full')!.at - wokeAt).toBeLessThan(RECOVERY_MS);
  }, 120_000);

  it('starts a gateway while the subgraph is down, and answers fully once it is up, without a restart', async () => {
    commerce.signal('SIGKILL');
    const late = await startGatewayHere();
    extraGateways.push(late);
    await askUntil('partial', 2, { maxRequests: 10, maxMs: 30_000 }, late);
    expect((await fetch(new URL('/ready', late.url))).status).toBe(503);
    await commerce.restart();
    const backAt = Date.now();
    const samples = await askUntil('full', 3, { maxRequests: 50, maxMs: 30_000 }, late);
    expect(samples.find((sample) => sample.answer === 'full')!.at - backAt).toBeLessThan(RECOVERY_MS);
    expect((await fetch(new URL('/ready', late.url))).status).toBe(200);
  }, 120_000);

  it("leaves every audit chain intact (npm run audit:verify over every agency's database)", async () => {
    const env = Object.fromEntries([
      ...inProcess.map((subgraph) => [subgraphVariable(subgraph.name, 'DATABASE_URL'), databaseUrlOf(subgraph.db)]),
      [subgraphVariable('commerce-bureau', 'DATABASE_URL'), commerceDatabaseUrl],
    ]);
    const reports = await verifyPlatformAudit(env);
    expect(reports.map(({ subgraph, report }) => [subgraph, report.intact]).sort()).toEqual(subgraphDefinitions.map((subgraph) => [subgraph.name, true]).sort());
    expect(reports.find(({ subgraph }) => subgraph === 'community-committees')!.report.entries).toBeGreaterThan(0);
  });
});
