import { communityCommittees } from '@governance/community-committees';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { STALLED_BODY, STALLED_HEADERS, stall } from '@governance/testkit/stalled-socket';

/** Node's own headersTimeout, what a socket would get if the configured timeouts were not applied. */
const NODE_DEFAULT_HEADERS_TIMEOUT_MS = 60_000;
const TIMEOUTS = { HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '2000' };

/**
 * The gateway and a subgraph, each configured with short HTTP timeouts,
 * facing 300 clients that stop half-way through their headers or body:
 * every socket is answered 408 and closed once the timeouts run out, and
 * both services go on answering.
 */
describe('slow clients at the gateway and at a subgraph', () => {
  let subgraph: SoloSubgraph;
  let gateway: RunningGateway;
  beforeAll(async () => {
    subgraph = await startSoloSubgraph(communityCommittees, TIMEOUTS);
    gateway = await startGateway(
      loadGatewayConfig({ NODE_ENV: 'test', PORT: '0', SHUTDOWN_GRACE_MS: '500', [subgraphUrlVariable('community-committees')]: subgraph.subgraph.url, ...TIMEOUTS }),
    );
  });
  afterAll(async () => {
    await gateway.stop();
    await subgraph.stop();
  });

  it.each(['the gateway', 'the subgraph'])('%s closes 300 stalled connections and still answers', async (target) => {
    const url = new URL(target === 'the gateway' ? gateway.url : subgraph.subgraph.url);
    const sockets = await Promise.all(Array.from({ length: 300 }, (_, i) => stall(Number(url.port), i % 2 === 0 ? STALLED_BODY : STALLED_HEADERS)));
    const opened = Date.now();
    const closedAt = await Promise.all(sockets.map((socket) => socket.closed));
    // Closed by the configured timeouts: Node's own defaults (headers 60 s, request 300 s) would take far longer than this
    // bound, which leaves a loaded machine 30 s of slack over the one-second request timeout and check.
    expect(Math.max(...closedAt) - opened).toBeLessThan(NODE_DEFAULT_HEADERS_TIMEOUT_MS / 2);
    expect(sockets.filter((socket) => socket.received().startsWith('HTTP/1.1 408')).length).toBe(300);
    expect((await fetch(new URL('/health', url))).status).toBe(200);
  });
});
