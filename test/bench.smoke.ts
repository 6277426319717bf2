import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { agencyManifest } from '@governance/kit/agencies';
import { childrenOf, commandLineOf, stillRunning } from './support/processes';

const ROOT = path.resolve(__dirname, '..');
const AGENCIES = agencyManifest().agencies.map((agency) => agency.name);

/**
 * `npm run bench -- --quick`: every part of the benchmark for a second each
 * (our gateway, Hive Gateway, the direct-SQL baseline, in-flight merging,
 * pacing), so that it cannot rot between the runs that measure. It installs
 * the benchmark's own packages (bench/package-lock.json) on first use.
 * Its figures mean nothing; that it runs, and that every target gives the
 * same answers, does.
 */
describe('npm run bench -- --quick', () => {
  it('runs every contract query against every target with identical answers and writes the report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
    const out = path.join(dir, 'quick.md');
    try {
      const stderr = await new Promise<string>((resolve, reject) => {
        execFile(
          'npm',
          ['run', '--silent', 'bench', '--', '--quick', '--data', path.join(dir, 'data'), '--out', out],
          { cwd: ROOT, maxBuffer: 1 << 24, timeout: 1_500_000 },
          (error, _stdout, err) => (error ? reject(new Error(`${error.message}\n${err.slice(-3000)}`)) : resolve(err)),
        );
      });
      // @apollo/gateway's own executor answers exactly as ours: the compiled shaping changes nothing a client sees.
      expect(stderr).toMatch(/identical answers from ours, ours-merged, ours-apollo-executor, hive, baseline/);
      expect(stderr).not.toMatch(/answered \d+ errors/);
      // On more than one core the load generator has one to itself: the services (and the peers) run on the others.
      if (os.availableParallelism() > 1)
        expect(stderr).toMatch(new RegExp(`pinned to core ${os.availableParallelism() - 1}, the services to cores (?!.*\\b${os.availableParallelism() - 1}\\b)`));
      const report = fs.readFileSync(out, 'utf8');
      for (const name of ['CommunityOverview', 'SubDistrictOverview', 'Directory', 'EnterpriseList(500)', 'TalkEventStats']) expect(report).toContain(`- ${name}: ours / hive rps`);
      expect(report).toContain('- EnterpriseList(500): ours / baseline rps');
      expect(report).toContain('- EnterpriseList(500): ours / ours-apollo-executor rps');
      expect(report).toContain('**stack (gateway + subgraphs)**');
      // Each paced run with its CPU per request, the flat-out rounds' beside it, the services' share of their core and how busy it was.
      const paced = report.split('\n').find((line) => line.startsWith('| TalkEventStats |') && line.endsWith('% | 0 |'));
      const [cpuPaced, cpuFlatOut, share, busy] = (paced ?? '').split(' | ').slice(6, 10).map(parseFloat);
      expect([cpuPaced, cpuFlatOut, share, busy].filter((value) => !(value > 0))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 1_600_000);

  // Runs after the test above, which built bench/dist and installed autocannon.
  it('paces a rate over the whole second, not as a burst at its start', async () => {
    const arrivals: number[] = [];
    const { url, close } = await bareServer((request, response) => {
      arrivals.push(performance.now());
      request.resume().on('end', () => response.end('{}'));
    });
    try {
      const summary = await pacedRun({ url, body: '{}', headers: {}, connections: 10, durationSeconds: 3, overallRate: 20 });
      expect(summary).toMatchObject({ errors: 0, requests: expect.any(Number) });
      expect(summary.requests).toBeGreaterThanOrEqual(30);
      // autocannon's own overallRate sends each connection's share at once when a second starts: every request of a second
      // arrives within a few milliseconds. Paced, they arrive in (nearly) every tenth of the second.
      const tenths = new Set(arrivals.map((at) => Math.floor(((at - arrivals[0]) % 1000) / 100)));
      expect(tenths.size).toBeGreaterThanOrEqual(7);
    } finally {
      await close();
    }
  }, 120_000);

  it('does not time answers that arrive while the load generator is still making its connections', async () => {
    // Making its connections blocked the load generator for up to 120 ms at a time, and answers that arrived meanwhile were
    // timed as slow: its timed window must open only once every connection is made. Checked against the connections the
    // server saw, on one clock; a latency threshold (answers of the first second held until 1.9 s, then 1.5 s) also
    // measured a machine loaded by other tests, and came out at 1.8 and 3.3 s there.
    const connectionsMadeAt: number[] = [];
    const { url, close } = await bareServer(
      (request, response) => request.resume().on('end', () => response.end('{}')),
      () => connectionsMadeAt.push(Date.now()),
    );
    try {
      // No floor under the window (2 s in the benchmark), so that only waiting for the last connection keeps it late enough.
      const summary = await pacedRun({ url, body: '{}', headers: {}, connections: 10, durationSeconds: 2, overallRate: 40, settleMs: 0 });
      expect(summary.errors).toBe(0);
      expect(summary.requests).toBeGreaterThanOrEqual(60);
      // 40 a second: 40 connections, each made once.
      expect(connectionsMadeAt).toHaveLength(40);
      expect(summary.windowOpenedAt).toBeGreaterThan(Math.max(...connectionsMadeAt));
    } finally {
      await close();
    }
  }, 120_000);

  it('stops every service it started when it is killed', async () => {
    // A benchmark stopped by a timeout or kill -9 left every process it started running (twelve in --quick: the platform,
    // the extra gateways, Hive Gateway, the baseline), holding their memory and ports while the next run measured.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-killed-'));
    const bench = spawn(process.execPath, [path.join(ROOT, 'bench/dist/run-bench.js'), '--quick', '--data', path.join(dir, 'data'), '--out', path.join(dir, 'quick.md')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      // Every service answers by the time the targets' answers are compared.
      await new Promise<void>((resolve, reject) => {
        let stderr = '';
        bench.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (/identical answers from/.test(stderr)) resolve();
        });
        bench.once('exit', (code) => reject(new Error(`the benchmark ended (code ${code}) before its services answered:\n${stderr.slice(-3000)}`)));
      });
      const services = childrenOf(bench.pid!);
      const commands = services.map((pid) => commandLineOf(pid).join(' '));
      const expected = [...AGENCIES.map((agency) => `subgraphs/${agency}/dist/index.js`), 'gateway/dist/index.js', 'bench/dist/hive-gateway.js', 'bench/dist/baseline/'];
      for (const entry of expected) expect({ entry, started: commands.some((command) => command.includes(entry)) }).toEqual({ entry, started: true });
      bench.kill('SIGKILL');
      const left = await stillRunning(services, 60_000);
      for (const pid of left) process.kill(pid, 'SIGKILL');
      expect(left).toEqual([]);
    } finally {
      if (bench.exitCode === null && bench.signalCode === null) bench.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

/** A bare HTTP server on a free loopback port. */
async function bareServer(handle: http.RequestListener, onConnection?: () => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handle);
  if (onConnection) server.on('connection', onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One paced run of the load generator, as the benchmark starts it; its summary. */
async function pacedRun(settings: Record<string, unknown>): Promise<{ requests: number; errors: number; p99: number; windowOpenedAt?: number }> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, 'bench/dist/load-worker.js'), JSON.stringify(settings)], { timeout: 60_000 }, (error, out, err) =>
      error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
    );
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { requests: number; errors: number; p99: number; windowOpenedAt?: number };
}
