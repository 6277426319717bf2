import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { mintDevelopmentToken } from '@governance/kit/auth';
import { runCommand } from '@governance/scripts/command-line';
import { LIST_500, benchCases, benchVariables, loadContractQueries, type BenchCase } from './fixtures';
import { coresOf, keepOffCore, loadGeneratorCore, runLoad, type LoadSummary } from './load';
import { SUBGRAPH_NAMES, diagnosticNodeArgs, startBaseline, startExtraGateway, startHive, startPlatform, stopPlatform, type BenchPlatform } from './platform';
import { coreTimes, coresBusy, cpuMs, rssMb, stop, type Service } from './processes';
import { formatReport, machineDescription, type BenchReport, type PacedResult, type RunResult, type ScaleResult } from './report';
import { median } from './stats';
import { parseSettings, USAGE, type BenchSettings } from './settings';

const ROOT = path.resolve(__dirname, '../..');

interface Target {
  readonly name: string;
  readonly service: Service;
  /** Only these cases (the baseline answers EnterpriseList alone). */
  readonly only?: readonly string[];
}

function post(port: number, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { ...headers, 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

function bodyOf(benchCase: BenchCase): string {
  return JSON.stringify({ query: benchCase.query, operationName: benchCase.operationName, variables: benchCase.variables });
}

/**
 * Same answer everywhere: ours without errors, the peers' data equal to ours,
 * the baseline's bytes equal to our data's. Extensions are not compared: our
 * gateway adds `personalData` (why each personal field is masked, gathered
 * from the subgraphs), which the peer drops and the baseline does not know.
 */
async function assertSameAnswers(cases: readonly BenchCase[], targets: readonly Target[], headers: Record<string, string>): Promise<void> {
  for (const benchCase of cases) {
    const ours = await post(targets[0].service.port, bodyOf(benchCase), headers);
    const parsed = JSON.parse(ours.body) as { data?: unknown; errors?: unknown };
    if (ours.status !== 200 || parsed.errors) throw new Error(`${benchCase.name}: our gateway answered ${ours.status} ${ours.body.slice(0, 500)}`);
    const data = JSON.stringify({ data: parsed.data });
    for (const target of targets.slice(1)) {
      if (target.only && !target.only.includes(benchCase.name)) continue;
      const theirs = await post(target.service.port, bodyOf(benchCase), headers);
      const answer = JSON.parse(theirs.body) as { data?: unknown; errors?: unknown };
      const same = target.name === 'baseline' ? theirs.body.trimEnd() === data : answer.errors === undefined && JSON.stringify({ data: answer.data }) === data;
      if (!same) {
        const at = firstDifference(data, theirs.body);
        throw new Error(
          `${benchCase.name}: ${target.name} answered differently from our gateway, from character ${at}:\n ours:   …${data.slice(Math.max(0, at - 100), at + 200)}\n theirs: …${theirs.body.slice(Math.max(0, at - 100), at + 200)}`,
        );
      }
    }
  }
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
}

function cpuSnapshot(services: readonly Service[]): Map<string, number> {
  return new Map(services.filter((service) => service.child.pid !== undefined).map((service) => [service.name, cpuMs(service.child.pid!)]));
}

async function measure(
  settings: BenchSettings,
  benchCase: BenchCase,
  target: Target,
  watched: readonly Service[],
  headers: Record<string, string>,
  durationSeconds: number,
  core: number | null,
  overallRate?: number,
): Promise<{ summary: LoadSummary; cpuMsPerRequest: Record<string, number>; cpuMsUsed: number }> {
  const before = cpuSnapshot(watched);
  const summary = await runLoad(
    {
      url: `http://127.0.0.1:${target.service.port}/graphql`,
      body: bodyOf(benchCase),
      headers,
      connections: settings.connections,
      durationSeconds,
      ...(overallRate === undefined ? {} : { overallRate }),
    },
    core,
  );
  const after = cpuSnapshot(watched);
  const cpuMsPerRequest: Record<string, number> = {};
  let cpuMsUsed = 0;
  for (const [name, used] of after) {
    // The gateway column is whichever gateway served the run.
    const column = name === target.service.name ? 'gateway' : name;
    if (SUBGRAPH_NAMES.includes(name) || column === 'gateway') {
      const spent = used - (before.get(name) ?? used);
      cpuMsPerRequest[column] = spent / Math.max(summary.requests, 1);
      cpuMsUsed += spent;
    }
  }
  return { summary, cpuMsPerRequest, cpuMsUsed };
}

function memory(services: readonly Service[]): Record<string, number> {
  return Object.fromEntries(services.filter((service) => service.child.pid !== undefined).map((service) => [service.name, rssMb(service.child.pid!)]));
}

/** Asks each service for a heap snapshot (SIGUSR2, with --heap-snapshots) and waits until all are written. */
async function heapSnapshots(settings: BenchSettings, services: readonly Service[]): Promise<void> {
  if (settings.heapDir === undefined) return;
  const dir = settings.heapDir;
  fs.mkdirSync(dir, { recursive: true });
  const snapshots = () => fs.readdirSync(dir).filter((file) => file.endsWith('.heapsnapshot'));
  const before = new Set(snapshots());
  for (const service of services) service.child.kill('SIGUSR2');
  const deadline = Date.now() + 300_000;
  const sizes = new Map<string, number>();
  // A snapshot file appears when V8 starts writing it; a loaded machine takes well over 5 s to finish a large one.
  while (Date.now() < deadline) {
    const written = snapshots().filter((file) => !before.has(file));
    const finished = written.filter((file) => {
      const size = fs.statSync(path.join(dir, file)).size;
      const unchanged = sizes.get(file) === size;
      sizes.set(file, size);
      return unchanged && snapshotComplete(path.join(dir, file), size);
    });
    if (written.length >= services.length && finished.length === written.length) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  console.error(`bench: heap snapshots in ${dir} were not all written within 300 s`);
}

/** Whether V8 has finished writing a snapshot (its size has stopped changing): the file ends its JSON document. */
function snapshotComplete(file: string, size: number): boolean {
  if (size < 2) return false;
  const tail = Buffer.alloc(Math.min(size, 64));
  const handle = fs.openSync(file, 'r');
  try {
    fs.readSync(handle, tail, 0, tail.length, size - tail.length);
  } finally {
    fs.closeSync(handle);
  }
  return tail.toString('utf8').trimEnd().endsWith(']}');
}

async function main(argv: readonly string[]): Promise<void> {
  const settings = parseSettings(argv);
  const startedAt = new Date().toISOString();
  const core = settings.pin ? loadGeneratorCore() : null;
  if (core !== null) keepOffCore(core);
  const { queries, mutations } = loadContractQueries(settings.contractDir);
  const dataDir = path.join(settings.dataRoot, `scale-${settings.scale}`);
  console.error(`bench: starting the platform on ${dataDir}`);
  const diagnostics = diagnosticNodeArgs(settings);
  const platform = await startPlatform({ dataDir, scale: settings.scale, verbose: settings.verbose, gatewayNodeArgs: diagnostics, subgraphNodeArgs: diagnostics });
  const extras: Service[] = [];
  let scalePlatform: BenchPlatform | undefined;
  try {
    const ours = platform.gateways.get('ours')!;
    const targets: Target[] = [{ name: 'ours', service: ours }];
    if (settings.merged) targets.push({ name: 'ours-merged', service: await startExtraGateway(platform, 'ours-merged', { SUBGRAPH_MERGE_INFLIGHT: 'true' }, settings.verbose) });
    if (settings.apolloExecutor) {
      targets.push({ name: 'ours-apollo-executor', service: await startExtraGateway(platform, 'ours-apollo-executor', { GATEWAY_PLAN_EXECUTOR: 'apollo' }, settings.verbose) });
    }
    if (settings.hive) targets.push({ name: 'hive', service: await startHive(platform, path.join(ROOT, 'schema/supergraph.graphql'), settings.verbose) });
    if (settings.baseline) targets.push({ name: 'baseline', service: await startBaseline(platform, settings.verbose), only: [LIST_500] });
    extras.push(...targets.slice(1).map((target) => target.service));
    const watched = [...platform.subgraphs, ...targets.map((target) => target.service)];

    // A read-only analyst: personal fields come back masked, so reads append nothing to the audit log.
    const token = await mintDevelopmentToken({ agency: 'community-committees', scopes: ['read'], subject: 'bench' });
    const headers = { authorization: `Bearer ${token}` };
    const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const answer = JSON.parse((await post(ours.port, JSON.stringify({ query, variables }), headers)).body) as { data?: T; errors?: unknown };
      if (answer.errors || !answer.data) throw new Error(`fixture query failed: ${JSON.stringify(answer.errors)}`);
      return answer.data;
    };
    const cases = benchCases(queries, await benchVariables(ask)).filter((benchCase) => settings.only === undefined || settings.only.includes(benchCase.name));
    await assertSameAnswers(cases, targets, headers);
    console.error(
      `bench: ${cases.length} cases, identical answers from ${targets.map((target) => target.name).join(', ')}; load generator ${core === null ? 'not pinned' : `pinned to core ${core}, the services to cores ${coresOf(ours.child.pid!)}`}`,
    );
    const idle = memory(watched);
    await heapSnapshots(settings, [...platform.subgraphs, ours]);

    // The subgraphs are shared and keep getting faster for thousands of requests (V8 optimising on a core it shares with
    // the compiler), so a target warmed up last starts its first round on faster subgraphs: two passes in opposite orders.
    for (const benchCase of cases) {
      const eligible = targets.filter((candidate) => !candidate.only || candidate.only.includes(benchCase.name));
      for (const target of [...eligible, ...[...eligible].reverse()]) await measure(settings, benchCase, target, [], headers, settings.warmupSeconds, core);
    }
    const runs: RunResult[] = [];
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const benchCase of cases) {
        const eligible = targets.filter((candidate) => !candidate.only || candidate.only.includes(benchCase.name));
        // Alternate who goes first, so that neither always runs on a machine warmed (or loaded) by the other.
        const ordered = round % 2 === 0 ? eligible : [...eligible].reverse();
        for (const target of ordered) {
          const { summary, cpuMsPerRequest } = await measure(settings, benchCase, target, watched, headers, settings.durationSeconds, core);
          const failed = summary.errors + summary.non2xx + summary.timeouts;
          runs.push({
            caseName: benchCase.name,
            target: target.name,
            round,
            rps: summary.rps,
            p50: summary.p50,
            p99: summary.p99,
            errors: failed,
            bytesPerRequest: summary.bytesPerRequest,
            cpuMsPerRequest,
          });
          console.error(
            `bench: round ${round + 1}/${settings.rounds} ${benchCase.name.padEnd(20)} ${target.name.padEnd(12)} ${summary.rps.toFixed(1).padStart(8)} rps  p50 ${summary.p50} ms  p99 ${summary.p99} ms`,
          );
          // A refusal (429, 5xx) is answered fast: a target with errors is not measured at all, whatever its rps says.
          if (failed > 0) console.error(`bench: ${benchCase.name} ${target.name} answered ${failed} errors: its figures in this round do not count`);
        }
      }
    }

    const paced: PacedResult[] = [];
    if (settings.paced) {
      for (const benchCase of cases) {
        const peak = median(runs.filter((run) => run.caseName === benchCase.name && run.target === 'ours').map((run) => run.rps));
        const rate = Math.max(1, Math.round(peak / 2));
        // A warm-up at the same pace first, as every flat-out run has one: the first paced run after the flat-out rounds
        // (or after another operation's) answered 6-13% more than its rate in its timed window, a backlog of its first
        // seconds draining, with p50 at 13-127 ms where the same run repeated gave 2.7-3.6 ms (TalkEventStats at 228 a second).
        await measure(settings, benchCase, targets[0], [], headers, settings.warmupSeconds, core, rate);
        const served = [...platform.subgraphs, targets[0].service];
        const coresBefore = coreTimes();
        const { summary, cpuMsUsed } = await measure(settings, benchCase, targets[0], served, headers, settings.durationSeconds, core, rate);
        const servicesCores = [...coresBefore.keys()].filter((index) => index !== core);
        paced.push({
          caseName: benchCase.name,
          rate,
          rps: summary.rps,
          p50: summary.p50,
          p99: summary.p99,
          errors: summary.errors + summary.non2xx + summary.timeouts,
          cpuMsPerRequest: cpuMsUsed / Math.max(summary.answered, 1),
          coreShare: cpuMsUsed / (summary.elapsedSeconds * 1000),
          coresBusy: coresBusy(coresBefore, coreTimes(), servicesCores),
        });
      }
    }
    const after = memory(watched);
    await heapSnapshots(settings, [...platform.subgraphs, ours]);

    const scale: ScaleResult[] = [];
    if (settings.scaleCheck !== undefined) {
      for (const service of extras) await stop(service);
      extras.length = 0;
      scalePlatform = await startPlatform({ dataDir: path.join(settings.dataRoot, `scale-${settings.scaleCheck}`), scale: settings.scaleCheck, verbose: settings.verbose });
      const sides = [
        { scale: settings.scale, target: targets[0] },
        { scale: settings.scaleCheck, target: { name: 'ours', service: scalePlatform.gateways.get('ours')! } },
      ];
      for (const benchCase of cases) for (const side of sides) await measure(settings, benchCase, side.target, [], headers, settings.warmupSeconds, core);
      for (let round = 0; round < settings.rounds; round += 1) {
        for (const benchCase of cases) {
          for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
            // One connection: the latency of one request at a time, which is what grows with the data.
            const { summary } = await measure({ ...settings, connections: 1 }, benchCase, side.target, [], headers, settings.durationSeconds, core);
            const entry = scale.find((result) => result.caseName === benchCase.name && result.scale === side.scale);
            if (entry) (entry.p50s as number[]).push(summary.p50);
            else scale.push({ caseName: benchCase.name, scale: side.scale, p50s: [summary.p50] });
          }
        }
      }
    }

    const report: BenchReport = {
      startedAt,
      settings: { ...settings, loadGeneratorCore: core },
      machine: machineDescription(),
      runs,
      paced,
      scale,
      memoryMb: Object.fromEntries(Object.keys(after).map((name) => [name, { idle: idle[name], after: after[name] }])),
      leftOut: [
        `mutations (${mutations.join(', ')}): every write appends an entry to the agency's audit log (and licence or membership history), so repeating one grows the data the other operations read`,
      ],
    };
    const markdown = formatReport(report, SUBGRAPH_NAMES);
    process.stdout.write(markdown);
    fs.mkdirSync(path.dirname(settings.out), { recursive: true });
    fs.writeFileSync(settings.out, markdown);
    fs.writeFileSync(settings.out.replace(/\.md$/, '.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.error(`bench: written to ${settings.out} (and .json)`);
  } finally {
    await Promise.all(extras.map(stop));
    await stopPlatform(platform);
    if (scalePlatform) await stopPlatform(scalePlatform);
  }
}

runCommand('bench', USAGE, main, (error) => {
  console.error(error instanceof Error ? error.message : error);
  // Whatever the failed run left open (a child, a socket) must not keep the bench alive.
  process.exit(1);
});
