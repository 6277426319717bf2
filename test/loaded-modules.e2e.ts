import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseLogLines } from './support/log-lines';
import { startChildSubgraph } from './support/child-subgraph';
import { freePort } from '@governance/testkit/free-ports';

/**
 * What a service process loads, as `npm start` runs it (the built
 * `dist/index.js`, in a process of its own: jest's module registry would
 * not tell). Every module loaded stays in the heap for the life of the
 * process, so what a configuration does not use is not loaded
 * (README, Performance).
 */
describe('modules a service loads', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-modules-'));
  const preload = path.join(dir, 'record-modules.js');
  // Writes every module path the process has loaded when it exits.
  fs.writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache))));\n`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const recording = (name: string) => {
    const file = path.join(dir, `${name}.json`);
    return { env: { NODE_OPTIONS: `--require ${preload}`, LOADED_MODULES_FILE: file }, loaded: () => JSON.parse(fs.readFileSync(file, 'utf8')) as string[] };
  };
  const packages = (files: readonly string[]) => new Set(files.map((file) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]).filter((name) => name !== undefined));
  const SDK = ['@opentelemetry/sdk-trace-node', '@opentelemetry/exporter-trace-otlp-http'];

  async function subgraphPackages(name: string, env: Record<string, string>): Promise<Set<string>> {
    const record = recording(name);
    const subgraph = await startChildSubgraph('legal-affairs', { DATABASE_URL: `sqlite:${path.join(dir, `${name}.sqlite`)}`, ...record.env, ...env });
    await subgraph.stop();
    return packages(record.loaded());
  }

  it('a subgraph without OTEL_EXPORTER_OTLP_ENDPOINT does not load the OpenTelemetry SDK, and loads it when tracing is on', async () => {
    const off = await subgraphPackages('tracing-off', {});
    expect(off).toContain('@opentelemetry/api');
    expect(off).toContain('typeorm');
    for (const sdk of SDK) expect(off).not.toContain(sdk);
    // Nothing listens there; spans are batched for seconds, so none is sent before the stop.
    const on = await subgraphPackages('tracing-on', { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    for (const sdk of SDK) expect(on).toContain(sdk);
  });

  it('the gateway loads neither the subgraphs’ ORM and schema builder nor the OpenTelemetry SDK', async () => {
    const record = recording('gateway');
    const child = spawn(process.execPath, [path.resolve(__dirname, '../gateway/dist/index.js')], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', SUPERGRAPH_WATCH: 'false', ...record.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (!parseLogLines(output.join('')).some((line) => line['msg'] === 'serving') && child.exitCode === null && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const loaded = packages(record.loaded());
    expect(loaded).toContain('@apollo/gateway');
    for (const name of ['typeorm', 'type-graphql', 'better-sqlite3', 'mysql2', ...SDK]) expect(loaded).not.toContain(name);
  });
});
