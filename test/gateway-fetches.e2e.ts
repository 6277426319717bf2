import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { startStack, type Stack } from './support/stack';
import { headersFor } from '@governance/testkit/tokens';

/** A subgraph call as the recording proxy saw it. */
interface Call {
  readonly query: string;
  readonly representations: number;
}

/** An HTTP proxy in front of a real subgraph that records what the gateway sends it. */
async function recordingProxy(target: string): Promise<{ url: string; calls: Call[]; close(): Promise<void> }> {
  const calls: Call[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parsed = JSON.parse(body) as { query: string; variables?: { representations?: unknown[] } };
      calls.push({ query: parsed.query, representations: parsed.variables?.representations?.length ?? 0 });
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host' && entry[0] !== 'content-length'),
      );
      fetch(target, { method: 'POST', headers, body }).then(
        async (answer) => {
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          response.end(await answer.text());
        },
        () => response.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const LIST = `query List($first: Int!) { enterprises(first: $first) { nodes { creditCode community { code name residentCount } patrolMemberCount } } }`;
type ListData = {
  enterprises: { nodes: Array<{ creditCode: string; community: { code: string; name: string; residentCount: number } | null; patrolMemberCount: number | null }> };
};

describe('what the gateway sends the subgraphs', () => {
  let stack: Stack;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let gateway: (merge: boolean) => Promise<RunningGateway>;
  const started: RunningGateway[] = [];

  beforeAll(async () => {
    stack = await startStack();
    proxy = await recordingProxy(stack.subgraphs['community-committees'].url);
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url]));
    gateway = async (merge) => {
      const running = await startGateway(
        loadGatewayConfig({
          NODE_ENV: 'test',
          PORT: '0',
          SHUTDOWN_GRACE_MS: '0',
          ...urls,
          [subgraphUrlVariable('community-committees')]: proxy.url,
          SUBGRAPH_MERGE_INFLIGHT: String(merge),
        }),
      );
      started.push(running);
      return running;
    };
  });

  afterAll(async () => {
    await Promise.all(started.map((running) => running.stop()));
    await proxy?.close();
    await stack?.stop();
  });

  beforeEach(() => {
    proxy.calls.length = 0;
  });

  it('sends each distinct entity representation once per fetch, and answers every entity as before', async () => {
    const through = await gateway(false);
    const answer = await postGraphQL<ListData>(through.url, LIST, { first: 500 }, await headersFor({ agency: 'commerce-bureau', scopes: ['read'] }));
    const direct = await stack.query<ListData>(LIST, { first: 500 }, { agency: 'commerce-bureau', scopes: ['read'] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(direct.data);
    const nodes = answer.data!.enterprises.nodes;
    const communities = new Set(nodes.map((node) => node.community?.code));
    expect(nodes.length).toBeGreaterThan(communities.size);
    const entityCalls = proxy.calls.filter((call) => call.query.includes('_entities'));
    expect(entityCalls.reduce((sum, call) => sum + call.representations, 0)).toBe(communities.size);
  });

  it('merges identical query fetches in flight at once only when switched on, and never those stating a purpose', async () => {
    const caller = await headersFor({ agency: 'commerce-bureau', scopes: ['read'] });
    const purposeful = await headersFor({ agency: 'commerce-bureau', scopes: ['read', 'pii:read'], purpose: 'licence-review; case=2011-0042' });
    const callsFor = async (running: RunningGateway, headers: Record<string, string>) => {
      proxy.calls.length = 0;
      const answers = await Promise.all(Array.from({ length: 8 }, () => postGraphQL<ListData>(running.url, LIST, { first: 50 }, headers)));
      expect(answers.every((answer) => answer.errors === undefined && answer.data?.enterprises.nodes.length === 50)).toBe(true);
      expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
      return proxy.calls.length;
    };
    const merging = await gateway(true);
    expect(await callsFor(await gateway(false), caller)).toBe(8);
    expect(await callsFor(merging, caller)).toBeLessThan(8);
    expect(await callsFor(merging, purposeful)).toBe(8);
  });
});
