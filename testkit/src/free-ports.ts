import net from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on now, for a process that must listen at a known place (and again after a restart). */
export async function freePort(): Promise<number> {
  const [port] = await distinctFreePorts(1);
  return port;
}

/**
 * Ports that WHATWG fetch refuses to connect to (its "bad ports"): a service
 * probed or called with fetch on one would look dead. Linux's ephemeral range
 * holds none of them, but other systems' may.
 */
const FETCH_BLOCKED = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000,
  6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** `count` such ports, all different: each is held until the last is found. */
export async function distinctFreePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const server = net.createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports.some((port) => FETCH_BLOCKED.has(port)) ? distinctFreePorts(count) : ports;
}

/** What a server says when another process holds its port: Node's code, the C library's words (MariaDB, Go), `npm start`'s own check. */
const PORT_TAKEN = /EADDRINUSE|address already in use|is in use by another process/i;

/**
 * Starts what must be told its ports before it listens (it cannot take port
 * 0, or others must know where it will be) on ports free a moment ago.
 * Between choosing and binding another process may take one (a parallel
 * test's outgoing connection draws from the same range): then `start`
 * fails saying so, having cleaned up after itself, and it is tried again on
 * other ports. Any other failure is thrown at once.
 */
export async function onFreePorts<T>(count: number, start: (ports: number[]) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start(await distinctFreePorts(count));
    } catch (error) {
      const said = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` : String(error);
      if (attempt >= attempts || !PORT_TAKEN.test(said)) throw error;
    }
  }
}
