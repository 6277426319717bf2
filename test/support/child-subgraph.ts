import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** A subgraph running as its own process, as `npm start` runs it: it can be killed, stopped and started again. */
export interface ChildSubgraph {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** The running process's id (changes on restart). */
  pid(): number;
  /** Sends a signal: SIGKILL to crash it, SIGSTOP to hang it, SIGCONT to wake it. */
  signal(signal: NodeJS.Signals): void;
  /** Starts it again on the same port and database once it has exited; resolves when it answers /ready. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Where the subgraph said it serves (its "serving" log line, at info): its port, once it chose one. */
function servingPort(log: string): number | undefined {
  const line = log.split('\n').find((candidate) => candidate.includes('"msg":"serving"'));
  const port = line === undefined ? undefined : /"url":"http:\/\/[^":]+:(\d+)\//.exec(line)?.[1];
  return port === undefined ? undefined : Number(port);
}

/** Resolves with the port once the subgraph said where it serves and answers /ready there. */
async function waitUntilReady(child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the subgraph exited with ${child.exitCode} before it was ready:\n${log()}`);
    const port = servingPort(log());
    try {
      if (port !== undefined && (await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1_000) })).status === 200) return port;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the subgraph was not ready within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Runs `node subgraphs/<name>/dist/index.js` (built by `npx tsc -b`, which
 * `npm test` runs first) on 127.0.0.1 with `env` added, and waits for its
 * /ready. It takes port 0 and reports the port it was given; a restart asks
 * for that port again.
 */
export async function startChildSubgraph(name: string, env: Record<string, string>): Promise<ChildSubgraph> {
  const entry = path.join(ROOT, 'subgraphs', name, 'dist', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npx tsc -b first`);
  let port = 0;
  let child: ChildProcess;
  let output = '';
  const spawnChild = async () => {
    output = '';
    child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      // At info it logs where it serves.
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    port = await waitUntilReady(child, () => output);
  };
  const exited = () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve())));
  await spawnChild();
  return {
    name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: () => child.pid ?? 0,
    signal: (signal) => child.kill(signal),
    restart: async () => {
      await exited();
      await spawnChild();
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await exited();
    },
  };
}
