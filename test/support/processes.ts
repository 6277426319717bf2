import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The processes `pid` started (a launcher's or the benchmark's services). */
export function childrenOf(pid: number): number[] {
  return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(Number);
}

/** A process's command line (node, its flags, its entry, its arguments), from /proc. */
export function commandLineOf(pid: number): string[] {
  return fs
    .readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .filter((part) => part !== '');
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Polls until none of `pids` runs any more; returns those still running at the deadline. */
export async function stillRunning(pids: readonly number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  return pids.filter(alive);
}
