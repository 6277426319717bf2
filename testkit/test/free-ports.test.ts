import net from 'node:net';
import { onFreePorts } from '@governance/testkit/free-ports';

/** Listens on `port` as the server under test would: rejects with EADDRINUSE when another process holds it. */
function listenOn(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
const close = (server: net.Server) => new Promise((resolve) => server.close(resolve));

describe('onFreePorts: a port taken between choosing and binding', () => {
  it('starts again on other ports when the first choice was taken', async () => {
    const thief: net.Server[] = [];
    const tried: number[][] = [];
    const server = await onFreePorts(2, async (ports) => {
      tried.push(ports);
      // Another process takes the second port of the first choice just before the bind.
      if (tried.length === 1) thief.push(await listenOn(ports[1]));
      return listenOn(ports[1]);
    });
    try {
      expect(tried).toHaveLength(2);
      expect(tried[1][1]).not.toBe(tried[0][1]);
      expect((server.address() as net.AddressInfo).port).toBe(tried[1][1]);
    } finally {
      await Promise.all([server, ...thief].map(close));
    }
  });

  it('recognises the words of servers that are not Node (MariaDB, Prometheus, npm start)', async () => {
    for (const said of [
      "Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use",
      'bind: address already in use',
      'port 43817 (industry-associations) is in use by another process',
    ]) {
      let calls = 0;
      await expect(
        onFreePorts(1, async () => {
          calls += 1;
          if (calls === 1) throw new Error(said);
          return 'up';
        }),
      ).resolves.toBe('up');
      expect(calls).toBe(2);
    }
  });

  it('throws any other failure at once, and gives up after the last attempt', async () => {
    let calls = 0;
    await expect(
      onFreePorts(1, async () => {
        calls += 1;
        throw new Error('the configuration is wrong');
      }),
    ).rejects.toThrow('the configuration is wrong');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      onFreePorts(1, async () => {
        calls += 1;
        throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
      }),
    ).rejects.toThrow('EADDRINUSE');
    expect(calls).toBe(3);
  });
});
