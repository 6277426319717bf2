import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OperationLabels, RequestMetrics } from '@governance/kit/metrics';

/** How often a process's main thread went to sleep and was woken, per second (Linux counts them). */
function wakeups(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/task/${pid}/status`, 'utf8');
  return Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1]);
}

/**
 * Every service keeps Node's process metrics, event-loop delay among them.
 * prom-client samples the delay every 10 ms by default, which woke each of
 * the six services 100 times a second with nothing to do: on a shared core,
 * 600 switches a second between idle processes, and 2.4% of the core.
 */
describe('the process metrics of an idle service', () => {
  it('wake its main thread a few times a second, not a hundred', async () => {
    // A process of its own, on the built kit (npm test builds first): the test runner's worker wakes for its own reasons.
    const built = path.resolve(__dirname, '../dist/metrics/index.js');
    const child = spawn(process.execPath, [
      '-e',
      `const { OperationLabels, RequestMetrics } = require(${JSON.stringify(built)});
       globalThis.metrics = new RequestMetrics('idle', new OperationLabels(new Set(), 0));
       console.log('ready');
       setTimeout(() => undefined, 60_000);`,
    ]);
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('error', reject);
        child.once('exit', (code) => reject(new Error(`the idle process exited (${code}) before it was ready`)));
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = wakeups(child.pid!);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      // prom-client's default gave about 200 here; the 100 ms sample about 20.
      expect(wakeups(child.pid!) - before).toBeLessThan(60);
    } finally {
      child.kill();
    }
  });

  it('still report the event-loop delay', async () => {
    const metrics = new RequestMetrics('idle', new OperationLabels(new Set(), 0));
    await new Promise((resolve) => setTimeout(resolve, 350));
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds\{service="idle"\} \d/m);
    expect(Number(/^nodejs_eventloop_lag_max_seconds\{service="idle"\} (\S+)/m.exec(text)?.[1])).toBeGreaterThan(0);
  });
});
