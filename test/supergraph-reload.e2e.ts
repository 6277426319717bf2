import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph } from '@governance/gateway/compose';
import { defaultSubgraphUrl, subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { loadGatewayConfig } from '@governance/gateway/config';
import { agencyManifest } from '@governance/kit/agencies';
import { SCHEMA_DIR } from '@governance/scripts/schema-artifacts';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { startStack, type Stack } from './support/stack';
import { entitled, headersFor } from '@governance/testkit/tokens';
import { LogLines, parseLogLines } from './support/log-lines';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const committed = (file: string) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8');
const FULL = committed('supergraph.graphql');
/** The platform before the legal affairs office joined: the other bureaus' committed SDL, composed. */
const WITHOUT_LEGAL_AFFAIRS = composeSupergraph(
  agencyManifest()
    .agencies.filter((agency) => agency.name !== 'legal-affairs')
    .map((agency) => ({ name: agency.name, url: defaultSubgraphUrl(agency.defaultPort), sdl: committed(`${agency.name}.graphql`) })),
);
const FOUR_AGENCIES = `{ community(code: "320571002001") { name enterprises(first: 2) { totalCount } policeStation { name } } }`;
const RECONSIDERATION = `{ reconsiderationStats(from: "2005-01-01", to: "2010-12-31", groupBy: []) { cases } }`;

/** Replaces the file as an operator would: write beside it, then rename over it. */
function replace(file: string, content: string): void {
  fs.writeFileSync(`${file}.next`, content);
  fs.renameSync(`${file}.next`, file);
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the gateway takes a new supergraph without restarting', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supergraph-reload-'));
  const file = path.join(dir, 'supergraph.graphql');
  let stack: Stack;
  const logs = new LogLines();
  const ask = async (query: string, gateway: RunningGateway = stack.gateway) => postGraphQL(gateway.url, query, {}, await headersFor(entitled('community-committees')));
  beforeAll(async () => {
    fs.writeFileSync(file, WITHOUT_LEGAL_AFFAIRS);
    // The gateway says which supergraph it serves at info level, above the tests' default (warn).
    stack = await startStack({ gatewayEnv: { SUPERGRAPH_PATH: file, LOG_LEVEL: 'info' }, logDestination: logs });
  });
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the file it started with', async () => {
    expect(stack.gateway.supergraphSha256()).toBe(sha256(WITHOUT_LEGAL_AFFAIRS));
    expect((await ask(RECONSIDERATION)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('swaps in a changed file under a load loop: no request fails, and the new bureau answers afterwards', async () => {
    let failures = 0;
    let answered = 0;
    let swapped = false;
    let afterSwap = 0;
    const worker = async () => {
      // Bounded: every worker stops 20 requests after the swap, or after 2,000 requests in all.
      for (let i = 0; i < 2_000 && afterSwap < 20; i += 1) {
        const result = await ask(FOUR_AGENCIES);
        if (result.status !== 200 || result.errors !== undefined || result.data?.community === null) failures += 1;
        answered += 1;
        if (swapped) afterSwap += 1;
      }
    };
    const load = Promise.all(Array.from({ length: 4 }, worker));
    await until('the load to start', async () => (answered >= 20 ? true : undefined));
    replace(file, FULL);
    const stats = await until('the new field', async () => {
      const result = await ask(RECONSIDERATION);
      return result.errors === undefined ? (result.data as { reconsiderationStats: Array<{ cases: number }> }).reconsiderationStats : undefined;
    });
    swapped = true;
    await load;
    expect({ failures, answeredAfterSwap: afterSwap >= 20 }).toEqual({ failures: 0, answeredAfterSwap: true });
    expect(answered).toBeGreaterThan(40);
    expect(stats).toEqual([{ cases: 1_129 }]);
    expect(stack.gateway.supergraphSha256()).toBe(sha256(FULL));
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ service: 'gateway', msg: 'serving a new supergraph', supergraph: file, sha256: sha256(FULL), previous: sha256(WITHOUT_LEGAL_AFFAIRS) }),
    );
  });

  it.each([
    ['a file that is not a supergraph', 'type Query { hello: String }', /Invalid supergraph|supergraph|link/i],
    [
      'a supergraph naming a subgraph the gateway cannot reach',
      composeSupergraph([{ name: 'tax-bureau', url: 'http://localhost:1/graphql', sdl: committed('legal-affairs.graphql') }]),
      /no configuration for: tax-bureau/,
    ],
    ['an empty file', '', /.+/],
  ])('keeps serving the old supergraph when the new one is %s, and says so', async (_case, content, problem) => {
    const before = stack.gateway.supergraphSha256();
    replace(file, content);
    const result = await stack.gateway.reloadSupergraph();
    expect(result).toMatchObject({ status: 'refused', kept: before, sha256: sha256(content) });
    if (result.status === 'refused') expect(result.problem).toMatch(problem);
    expect(logs.lines.filter((line) => line['service'] === 'gateway').at(-1)).toMatchObject({
      level: 'error',
      kept: before,
      sha256: sha256(content) || null,
      problem: expect.any(String),
    });
    expect((await ask(RECONSIDERATION)).errors).toBeUndefined();
    expect(stack.gateway.supergraphSha256()).toBe(before);
  });

  it('lets a request in flight finish on the schema it started on, and swaps after it', async () => {
    replace(file, FULL);
    await stack.gateway.reloadSupergraph();
    // A second gateway whose calls to the legal affairs office wait 1.5 s, behind a slow proxy.
    let slow = false;
    let answeredAt = Number.POSITIVE_INFINITY;
    let reached: () => void = () => undefined;
    const inLegalAffairs = new Promise<void>((resolve) => (reached = resolve));
    const proxy = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const forward = async () => {
          if (slow) {
            reached();
            await new Promise((resolve) => setTimeout(resolve, 1_500));
          }
          const answer = await fetch(stack.subgraphs['legal-affairs'].url, { method: 'POST', headers: request.headers as Record<string, string>, body: Buffer.concat(chunks) });
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          response.end(Buffer.from(await answer.arrayBuffer()));
          if (slow) answeredAt = performance.now();
        };
        void forward();
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const own = path.join(dir, 'slow.graphql');
    fs.writeFileSync(own, FULL);
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url]));
    const gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        PORT: '0',
        SHUTDOWN_GRACE_MS: '2000',
        SUPERGRAPH_PATH: own,
        SUPERGRAPH_WATCH: 'false',
        ...urls,
        LEGAL_AFFAIRS_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`,
      }),
    );
    try {
      slow = true;
      const inFlight = ask(RECONSIDERATION, gateway);
      // The request is in flight: the gateway has planned it and is waiting for the legal affairs office.
      await inLegalAffairs;
      replace(own, WITHOUT_LEGAL_AFFAIRS);
      const reload = gateway.reloadSupergraph().then((result) => ({ result, at: performance.now() }));
      // The request finishes on the schema it started on (on the new one it would not even validate) ...
      expect(await inFlight).toEqual({ status: 200, data: { reconsiderationStats: [{ cases: 1_129 }] } });
      // ... and the swap waited for it: it lands after the legal affairs office's answer reached the gateway.
      const { result, at } = await reload;
      expect(result).toMatchObject({ status: 'swapped', sha256: sha256(WITHOUT_LEGAL_AFFAIRS) });
      expect(at).toBeGreaterThan(answeredAt);
      expect((await ask(RECONSIDERATION, gateway)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await ask(FOUR_AGENCIES, gateway)).errors).toBeUndefined();
    } finally {
      await gateway.stop();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('logs the sha256 of the supergraph it starts with, and reloads on SIGHUP, in the gateway process as npm start runs it', async () => {
    const own = path.join(dir, 'signal.graphql');
    fs.writeFileSync(own, WITHOUT_LEGAL_AFFAIRS);
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url]));
    const child = spawn(process.execPath, [path.resolve(__dirname, '../gateway/dist/index.js')], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', SUPERGRAPH_PATH: own, SUPERGRAPH_WATCH: 'false', ...urls },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    try {
      const lines = () => parseLogLines(output.join(''));
      const url = await until('the gateway to listen', async () => lines().find((line) => line['msg'] === 'serving')?.['url'] as string | undefined);
      const gateway = { url } as RunningGateway;
      expect(lines()).toContainEqual(expect.objectContaining({ msg: 'serving supergraph', supergraph: own, sha256: sha256(WITHOUT_LEGAL_AFFAIRS) }));
      expect((await ask(RECONSIDERATION, gateway)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      replace(own, FULL);
      child.kill('SIGHUP');
      await until('the reload', async () => (lines().some((line) => line['msg'] === 'serving a new supergraph' && line['sha256'] === sha256(FULL)) ? true : undefined));
      expect(await ask(RECONSIDERATION, gateway)).toEqual({ status: 200, data: { reconsiderationStats: [{ cases: 1_129 }] } });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
