import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import type { LoadSettings, LoadSummary } from './load-worker';

export type { LoadSettings, LoadSummary } from './load-worker';

/** The core the load generator is pinned to (the last one), or null when taskset is missing. */
export function loadGeneratorCore(): number | null {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  return cores > 1 ? cores - 1 : null;
}

/**
 * Moves this process, and with it every service and peer it starts from now
 * on, off the load generator's core: pinned alone, the load generator would
 * still share its core with the services, whose requests then waited
 * behind it (and it behind them).
 */
export function keepOffCore(core: number): void {
  const cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  const others = Array.from({ length: cores }, (_, index) => index).filter((index) => index !== core);
  execFileSync('taskset', ['--all-tasks', '--pid', '--cpu-list', others.join(','), String(process.pid)], { stdio: 'ignore' });
}

/** One load run in its own process (pinned with taskset when `core` is given). */
export function runLoad(settings: LoadSettings, core: number | null): Promise<LoadSummary> {
  const worker = path.join(__dirname, 'load-worker.js');
  const [command, args] = core === null ? [process.execPath, [worker]] : ['taskset', ['-c', String(core), process.execPath, worker]];
  return new Promise((resolve, reject) => {
    execFile(command, [...args, JSON.stringify(settings)], { maxBuffer: 1 << 20, timeout: (settings.durationSeconds + 60) * 1000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`load generator failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LoadSummary);
    });
  });
}

/** The cores a process may run on, as taskset lists them ("0", "0-2,4"). */
export function coresOf(pid: number): string {
  return (
    execFileSync('taskset', ['--cpu-list', '--pid', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(': ')
      .at(-1) ?? ''
  );
}
