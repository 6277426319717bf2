import net from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on now, for a process that must listen at a known place (and again after a restart). */
export async function freePort(): Promise<number> {
  const [port] = await distinctFreePorts(1);
  return port;
}

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
  return ports;
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
