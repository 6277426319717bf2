import os from 'node:os';
import { roundRatios, runsOf } from './ratios';
import { median, spread } from './stats';
import { targetLines } from './targets';

/** One measured run: a case against one target, with the CPU each process spent per request. */
export interface RunResult {
  readonly caseName: string;
  readonly target: string;
  readonly round: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly bytesPerRequest: number;
  readonly cpuMsPerRequest: Readonly<Record<string, number>>;
}

export interface PacedResult {
  readonly caseName: string;
  readonly rate: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** The gateway's and the subgraphs' CPU together, per request answered over the whole paced run. */
  readonly cpuMsPerRequest: number;
  /** That CPU over the run's wall time: the share of one core the services were busy (pinned, they have one). */
  readonly coreShare: number;
  /** How busy the services' cores were over the run, whoever kept them so: above coreShare, other processes took their part. */
  readonly coresBusy: number;
}

export interface ScaleResult {
  readonly caseName: string;
  readonly scale: number;
  readonly p50s: readonly number[];
}

export interface BenchReport {
  readonly startedAt: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly machine: string;
  readonly runs: readonly RunResult[];
  readonly paced: readonly PacedResult[];
  readonly scale: readonly ScaleResult[];
  readonly memoryMb: Readonly<Record<string, { readonly idle: number; readonly after: number }>>;
  readonly leftOut: readonly string[];
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Linux ${os.release()}, Node ${process.version}`;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function ratioCell(ratios: readonly number[]): string {
  if (ratios.length === 0) return '-';
  const { min, max } = spread(ratios);
  return ratios.length === 1 ? `${fixed(median(ratios), 2)}x` : `**${fixed(median(ratios), 2)}x** (${fixed(min, 2)}-${fixed(max, 2)})`;
}

/** The report as Markdown: per case ours against each peer, then the baseline, pacing, scale and memory. */
export function formatReport(report: BenchReport, subgraphs: readonly string[]): string {
  const cases = [...new Set(report.runs.map((run) => run.caseName))];
  const targets = [...new Set(report.runs.map((run) => run.target))];
  const lines: string[] = [`# Benchmark ${report.startedAt}`, '', `Machine: ${report.machine}`, `Settings: ${JSON.stringify(report.settings)}`, ''];
  lines.push('Medians over rounds; ratios are ours / peer per round, median (min-max). Latency in ms, CPU in ms per request.', '');
  lines.push(`| operation | target | rps | p50 | p99 | errors | bytes/req | gateway CPU | ${subgraphs.join(' | ')} | rps ours/target |`);
  lines.push(`|---|---|---|---|---|---|---|---|${subgraphs.map(() => '---|').join('')}---|`);
  for (const caseName of cases) {
    const ours = runsOf(report.runs, caseName, 'ours');
    for (const target of targets) {
      const runs = runsOf(report.runs, caseName, target);
      if (runs.length === 0) continue;
      const cpu = (name: string) => fixed(median(runs.map((run) => run.cpuMsPerRequest[name] ?? Number.NaN)), 2);
      const ratio = target === 'ours' ? '' : ratioCell(roundRatios(ours, runs, (run) => run.rps));
      lines.push(
        `| ${caseName} | ${target} | ${fixed(median(runs.map((run) => run.rps)))} | ${fixed(median(runs.map((run) => run.p50)))} | ${fixed(median(runs.map((run) => run.p99)))} | ${runs.reduce((sum, run) => sum + run.errors, 0)} | ${Math.round(median(runs.map((run) => run.bytesPerRequest)))} | ${cpu('gateway')} | ${subgraphs.map(cpu).join(' | ')} | ${ratio} |`,
      );
    }
  }
  lines.push('', '## Ratios', '');
  for (const target of targets.filter((name) => name !== 'ours')) {
    for (const caseName of cases) {
      const runs = runsOf(report.runs, caseName, target);
      if (runs.length === 0) continue;
      const ours = runsOf(report.runs, caseName, 'ours');
      lines.push(
        `- ${caseName}: ours / ${target} rps ${ratioCell(roundRatios(ours, runs, (run) => run.rps))}, p50 ours / ${target} ${ratioCell(roundRatios(ours, runs, (run) => run.p50))}`,
      );
    }
  }
  if (report.paced.length > 0) {
    lines.push(
      '',
      '## At 50% of peak (load generator pinned to its own core)',
      '',
      "Half of peak is half the flat-out rate, not half of the services' core: a request may cost more CPU paced than among a flat-out run's, and other processes on the machine may take the core meanwhile (the columns after p99/p50).",
      '',
      "| operation | rate | answered/s | p50 | p99 | p99/p50 | CPU ms/request paced | flat-out | services' CPU, share of one core | their cores busy, by anyone | errors |",
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const run of report.paced) {
      const flatOut = median(runsOf(report.runs, run.caseName, 'ours').map((ours) => ['gateway', ...subgraphs].reduce((sum, name) => sum + (ours.cpuMsPerRequest[name] ?? 0), 0)));
      lines.push(
        `| ${run.caseName} | ${fixed(run.rate, 0)} | ${fixed(run.rps)} | ${fixed(run.p50)} | ${fixed(run.p99)} | ${fixed(run.p99 / run.p50, 2)} | ${fixed(run.cpuMsPerRequest, 2)} | ${fixed(flatOut, 2)} | ${fixed(run.coreShare * 100, 0)}% | ${fixed(run.coresBusy * 100, 0)}% | ${run.errors} |`,
      );
    }
  }
  if (report.scale.length > 0) {
    const scales = [...new Set(report.scale.map((result) => result.scale))].sort((a, b) => a - b);
    lines.push(
      '',
      `## p50 by data scale (ours, ${scales.join(' vs ')})`,
      '',
      `| operation | ${scales.map((scale) => `p50 at ${scale}`).join(' | ')} | ratio |`,
      `|---|${scales.map(() => '---|').join('')}---|`,
    );
    for (const caseName of [...new Set(report.scale.map((result) => result.caseName))]) {
      const p50s = scales.map((scale) => median(report.scale.find((result) => result.caseName === caseName && result.scale === scale)?.p50s ?? []));
      lines.push(`| ${caseName} | ${p50s.map((value) => fixed(value, 2)).join(' | ')} | ${fixed(p50s.at(-1)! / p50s[0], 2)}x |`);
    }
  }
  lines.push('', '## Resident memory (MB)', '', '| process | idle | after the benchmark |', '|---|---|---|');
  for (const [name, memory] of Object.entries(report.memoryMb)) lines.push(`| ${name} | ${fixed(memory.idle, 0)} | ${fixed(memory.after, 0)} |`);
  const stack = ['gateway', ...subgraphs].filter((name) => report.memoryMb[name] !== undefined);
  const total = (pick: 'idle' | 'after') => stack.reduce((sum, name) => sum + report.memoryMb[name][pick], 0);
  lines.push(`| **stack (gateway + subgraphs)** | ${fixed(total('idle'), 0)} | ${fixed(total('after'), 0)} |`);
  const verdicts = targetLines(report, subgraphs);
  if (verdicts.length > 0) lines.push('', ...verdicts);
  if (report.leftOut.length > 0) lines.push('', `Left out: ${report.leftOut.join('; ')}`);
  return `${lines.join('\n')}\n`;
}
