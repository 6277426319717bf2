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
