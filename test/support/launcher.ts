import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { subgraphVariable } from '@governance/kit/env';

/** The built `npm start` launcher (npm test builds first). */
export const LAUNCHER = path.resolve(__dirname, '../../scripts/dist/start-platform.js');

/** A port free now, for a process the test starts that cannot take port 0 (the launcher prints its ports). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Collects the child's stdout and stderr into `output` and resolves once stdout has matched `pattern`. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pattern.test(output.join(''))) resolve();
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      check();
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`launcher exited with ${code} before ${pattern}:\n${output.join('')}`)));
  });
}

/** Free ports for every service `npm start` runs, by service name ('gateway' and each agency). */
export async function launcherPorts(agencies: readonly string[]): Promise<Record<string, number>> {
  const ports: Record<string, number> = { gateway: await freePort() };
  for (const agency of agencies) ports[agency] = await freePort();
  return ports;
}

/** The environment that puts the launcher's services on `ports` and their SQLite files in `dataDir`, and nothing of the caller's. */
export function launcherEnv(dataDir: string, ports: Readonly<Record<string, number>>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(
      Object.entries(ports)
        .filter(([name]) => name !== 'gateway')
        .map(([name, port]) => [subgraphVariable(name, 'PORT'), String(port)]),
    ),
  };
}
