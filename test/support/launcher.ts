import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { subgraphVariable } from '@governance/kit/env';
import { distinctFreePorts, onFreePorts } from '@governance/testkit/free-ports';

/** The built `npm start` launcher (npm test builds first). */
export const LAUNCHER = path.resolve(__dirname, '../../scripts/dist/start-platform.js');

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

/** Free ports, all different, for every service `npm start` runs, by service name ('gateway' and each agency). */
export async function launcherPorts(agencies: readonly string[]): Promise<Record<string, number>> {
  const names = ['gateway', ...agencies];
  const ports = await distinctFreePorts(names.length);
  return Object.fromEntries(names.map((name, index) => [name, ports[index]]));
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

export interface RunningLauncher {
  readonly launcher: ChildProcess;
  /** Where each named port went. */
  readonly ports: Readonly<Record<string, number>>;
  /** Everything it wrote so far, and goes on collecting. */
  readonly output: string[];
}

/**
 * Runs the launcher with `env(ports)` (a free port for each of `names`) and
 * resolves once it printed `Press Ctrl-C`. The launcher's services must know
 * each other's ports before they start, so they cannot take port 0: when a
 * port was taken between choosing and binding (the launcher refuses, or a
 * service exits), it starts again on others.
 */
export function startLauncher(
  names: readonly string[],
  env: (ports: Readonly<Record<string, number>>) => Record<string, string>,
  options: { readonly detached?: boolean } = {},
): Promise<RunningLauncher> {
  return onFreePorts(names.length, async (chosen) => {
    const ports = Object.fromEntries(names.map((name, index) => [name, chosen[index]]));
    const launcher = spawn(process.execPath, [LAUNCHER], { env: env(ports), stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
    const output: string[] = [];
    await waitForOutput(launcher, /Press Ctrl-C/, output);
    return { launcher, ports, output };
  });
}
