import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's prometheus package; `.ci/run` installs it. */
export const PROMETHEUS = '/usr/bin/prometheus';

export interface ScrapeJob {
  readonly name: string;
  readonly targets: readonly string[];
  /** Sent as `Authorization: Bearer <token>` on every scrape. */
  readonly token?: string;
}

export interface RunningPrometheus {
  readonly url: string;
  /** One instant query of the HTTP API: each result's labels and value. */
  query(promql: string): Promise<Array<{ metric: Record<string, string>; value: number }>>;
  stop(): Promise<void>;
}

/**
 * A real Prometheus for one test: its own configuration (a one-second
 * scrape interval over the given jobs) and a temporary storage folder,
 * listening on a port of 127.0.0.1 it chose itself and logged.
 */
export async function startPrometheus(jobs: readonly ScrapeJob[]): Promise<RunningPrometheus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-prometheus-'));
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  scrape_timeout: 1s',
    'scrape_configs:',
    ...jobs.flatMap((job) => [
      `  - job_name: ${JSON.stringify(job.name)}`,
      ...(job.token === undefined ? [] : ['    authorization:', `      credentials: ${JSON.stringify(job.token)}`]),
      '    static_configs:',
      `      - targets: ${JSON.stringify(job.targets)}`,
    ]),
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'prometheus.yml'), `${config}\n`);
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, '--web.listen-address=127.0.0.1:0'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  // Port 0: the port it was given is in its log, as `msg="Listening on" address=127.0.0.1:PORT`.
  const listening = () => /msg="Listening on" address=(127\.0\.0\.1:\d+)/.exec(output.join(''))?.[1];
  const deadline = Date.now() + 60_000;
  let url: string;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${output.join('')}`);
    const address = listening();
    url = `http://${address}`;
    if (
      address !== undefined &&
      (await fetch(`${url}/-/ready`).then(
        (response) => response.ok,
        () => false,
      ))
    )
      break;
    if (Date.now() > deadline) throw new Error(`prometheus was not ready within 60 s:\n${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async query(promql) {
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
      const body = (await response.json()) as { status: string; data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> } };
      if (body.status !== 'success') throw new Error(`query ${promql} failed: ${JSON.stringify(body)}`);
      return body.data.result.map(({ metric, value }) => ({ metric, value: Number(value[1]) }));
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
