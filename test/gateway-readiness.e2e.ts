import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { startStack, type Stack } from './support/stack';

/** A stand-in for one subgraph's /ready: answers with `status`, or never (`hang`), and counts the probes. */
async function fakeSubgraph(behaviour: { status: number } | 'hang'): Promise<{ url: string; probes: () => number; close(): Promise<void> }> {
  let probes = 0;
  const server = http.createServer((request, response) => {
    if (request.url === '/ready') probes += 1;
    if (behaviour === 'hang') return;
    response.writeHead(behaviour.status, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    probes: () => probes,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const fake = await fakeSubgraph({ status: 200 });
  await fake.close();
  return fake.url;
}

async function ready(gateway: RunningGateway): Promise<{ status: number; body: { status: string; unavailable: string[] } }> {
  const response = await fetch(new URL('/ready', gateway.url));
  return { status: response.status, body: (await response.json()) as { status: string; unavailable: string[] } };
}

/**
 * The gateway is ready only when its subgraphs are: /ready asks each
 * subgraph's /ready and answers 503 naming the ones that do not answer, so
 * that a load balancer stops sending it requests it cannot serve.
 */
describe("the gateway's /ready", () => {
  let stack: Stack;
  const gateways: RunningGateway[] = [];
  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: { READY_CACHE_MS: '0' } });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await stack.stop();
  });

  /** Another gateway over the stack's subgraphs, with one subgraph's URL replaced and extra settings. */
  async function gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url]));
    const gateway = await startGateway(
      loadGatewayConfig({ NODE_ENV: 'test', PORT: '0', SHUTDOWN_GRACE_MS: '500', READY_CACHE_MS: '0', READY_PROBE_TIMEOUT_MS: '500', ...urls, ...env }),
    );
    gateways.push(gateway);
    return gateway;
  }

  it('is 200 when every subgraph is ready', async () => {
    expect(await ready(stack.gateway)).toEqual({ status: 200, body: { status: 'ready', unavailable: [] } });
  });

  it('is 503 naming a subgraph whose port is closed', async () => {
    const gateway = await gatewayWith({ COMMERCE_BUREAU_URL: await closedPortUrl() });
    expect(await ready(gateway)).toEqual({ status: 503, body: { status: 'unavailable', unavailable: ['commerce-bureau'] } });
  });

  it('is 503 naming a subgraph that is not ready itself', async () => {
    const notReady = await fakeSubgraph({ status: 503 });
    const gateway = await gatewayWith({ PUBLIC_SECURITY_URL: notReady.url });
    expect(await ready(gateway)).toEqual({ status: 503, body: { status: 'unavailable', unavailable: ['public-security'] } });
    await notReady.close();
  });

  it('answers within the probe timeout when a subgraph hangs', async () => {
    const hung = await fakeSubgraph('hang');
    const gateway = await gatewayWith({ INDUSTRY_ASSOCIATIONS_URL: hung.url });
    const started = Date.now();
    expect(await ready(gateway)).toEqual({ status: 503, body: { status: 'unavailable', unavailable: ['industry-associations'] } });
    // 500 ms of probe timeout, and slack for a loaded machine.
    expect(Date.now() - started).toBeLessThan(5_000);
    await hung.close();
  });

  it('asks the subgraphs at most once per READY_CACHE_MS, however often it is asked', async () => {
    const counted = await fakeSubgraph({ status: 200 });
    const gateway = await gatewayWith({ COMMERCE_BUREAU_URL: counted.url, READY_CACHE_MS: '60000' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => ready(gateway)));
    for (let i = 0; i < 20; i += 1) answers.push(await ready(gateway));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(counted.probes()).toBe(1);
    await counted.close();
  });

  it('with READY_ALLOW_DEGRADED is 200 while some subgraph answers, still naming the missing one', async () => {
    const gateway = await gatewayWith({ COMMERCE_BUREAU_URL: await closedPortUrl(), READY_ALLOW_DEGRADED: 'true' });
    expect(await ready(gateway)).toEqual({ status: 200, body: { status: 'ready', unavailable: ['commerce-bureau'] } });
  });

  it('follows a subgraph that stops: 503 once it is gone', async () => {
    await stack.subgraphs['industry-associations'].stop();
    expect(await ready(stack.gateway)).toEqual({ status: 503, body: { status: 'unavailable', unavailable: ['industry-associations'] } });
  });
});
