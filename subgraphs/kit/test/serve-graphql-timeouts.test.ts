import { STALLED_BODY, STALLED_HEADERS, stall, type StalledSocket } from '@governance/testkit/stalled-socket';
import { postQuery, startTinyService, type TinyService } from './support/tiny-service';

/**
 * Slow clients cannot hold a service's sockets: a request whose headers or
 * body stop coming is answered 408 and its socket closed once the timeouts
 * run out, however many there are, and the service goes on answering others.
 */
describe('serveGraphQL timeouts', () => {
  let tiny: TinyService;
  beforeAll(async () => {
    tiny = await startTinyService({ timeouts: { headersMs: 500, requestMs: 1_000, keepAliveMs: 1_000 } });
  });
  afterAll(() => tiny.stop());

  it('closes 1,000 connections whose bodies or headers stalled, and still answers', async () => {
    const started = Date.now();
    const sockets: StalledSocket[] = [];
    // In batches, so that the listen backlog is not what is measured.
    for (let batch = 0; batch < 10; batch += 1) {
      sockets.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => stall(tiny.service.port, i % 2 === 0 ? STALLED_BODY : STALLED_HEADERS)))));
    }
    const opened = Date.now();
    // A request that is not slow is answered meanwhile.
    const meanwhile = await postQuery(tiny.service.url, '{ hello }');
    expect(meanwhile.status).toBe(200);

    const closedAt = await Promise.all(sockets.map((socket) => socket.closed));
    // Each socket lives at most the request timeout plus Node's check interval, measured from when the last one opened; 10 s of slack for a loaded machine.
    expect(Math.max(...closedAt) - opened).toBeLessThan(1_000 + 10_000);
    // None was cut before its timeout could have run out.
    expect(Math.min(...closedAt) - started).toBeGreaterThanOrEqual(400);
    expect(sockets.filter((socket) => socket.received().startsWith('HTTP/1.1 408')).length).toBe(1_000);
    const after = await postQuery(tiny.service.url, '{ hello }');
    expect(after.status).toBe(200);
  }, 60_000);

  it('closes an idle keep-alive connection after its timeout', async () => {
    const socket = await stall(tiny.service.port, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const opened = Date.now();
    const closedAt = await socket.closed;
    expect(socket.received()).toMatch(/^HTTP\/1.1 200/);
    expect(closedAt - opened).toBeGreaterThanOrEqual(900);
    expect(closedAt - opened).toBeLessThan(1_000 + 10_000);
  });
});
