import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import readline from 'node:readline';

/** A service the benchmark started: its process, for CPU and memory readings, and where it answers. */
export interface Service {
  readonly name: string;
  readonly port: number;
  readonly child: ChildProcess;
  readonly output: string[];
}

export interface LaunchOptions {
  readonly name: string;
  readonly entry: string;
  readonly args?: readonly string[];
  readonly port: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Extra node flags (--cpu-prof, --heapsnapshot-signal). */
  readonly nodeArgs?: readonly string[];
  readonly verbose?: boolean;
}

/** Preloaded as under `npm start`: a service whose benchmark is killed (timeout, kill -9) stops instead of holding its memory and port. */
const EXIT_WITH_PARENT = require.resolve('@governance/scripts/exit-with-parent');

export function launch(options: LaunchOptions): Service {
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, ...(options.nodeArgs ?? []), options.entry, ...(options.args ?? [])], {
    env: options.env,
    // The IPC channel is the lifeline exit-with-parent watches.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream! }).on('line', (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
      if (options.verbose) console.error(`[${options.name}] ${line}`);
    });
  }
  return { name: options.name, port: options.port, child, output };
}

function httpStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
    request.on('timeout', () => request.destroy());
  });
}

/** Waits until `path` answers 2xx (or 4xx for a GraphQL endpoint that wants a body), or the process dies. */
export async function waitUntilAnswering(service: Service, path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited (code ${service.child.exitCode}):\n${service.output.slice(-20).join('\n')}`);
    const status = await httpStatus(service.port, path);
    if (status >= 200 && status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} did not answer ${path} within ${timeoutMs} ms:\n${service.output.slice(-20).join('\n')}`);
}

export async function stop(service: Service): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

/** Resident memory of a process now, in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** USER_HZ: Linux reports CPU times in these ticks; 100 on every mainstream kernel configuration. */
const CLOCK_TICKS = 100;

/** A core's busy and total time so far, in ticks. */
export interface CoreTime {
  readonly busy: number;
  readonly total: number;
}

/** Busy and total time of each core so far, from /proc/stat (busy: all but idle and iowait). */
export function coreTimes(): Map<number, CoreTime> {
  const times = new Map<number, CoreTime>();
  for (const line of fs.readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+) (.*)$/.exec(line);
    if (!match) continue;
    // user nice system idle iowait irq softirq steal (guest time is already in user).
    const [user, nice, system, idle, iowait, irq, softirq, steal] = match[2].trim().split(/\s+/).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    times.set(Number(match[1]), { busy, total: busy + idle + iowait });
  }
  return times;
}

/** The share of the time the given cores were busy between two readings of coreTimes, whoever kept them so. */
export function coresBusy(before: ReadonlyMap<number, CoreTime>, after: ReadonlyMap<number, CoreTime>, cores: readonly number[]): number {
  let busy = 0;
  let total = 0;
  for (const core of cores) {
    busy += (after.get(core)?.busy ?? 0) - (before.get(core)?.busy ?? 0);
    total += (after.get(core)?.total ?? 0) - (before.get(core)?.total ?? 0);
  }
  return total === 0 ? 0 : busy / total;
}
