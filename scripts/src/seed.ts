import fs from 'node:fs';
import readline from 'node:readline/promises';
import { MAX_SCALE } from '@governance/dataset';
import { resolveFromRoot } from '@governance/kit/env';
import { cliLogger } from './cli-log';
import { lastValue, parseCommandLine, Refusal, runCommand, UsageError } from './command-line';
import { DatabasesHoldRecordsError, SeedFailedError, seedPlatform, type SeedProgress, type SeedTarget } from './seed-platform';

const USAGE = `npm run seed -- [--scale N] [--subgraph <name>]... [--reset [--yes]]
  N copies of the document's data set (1 to ${MAX_SCALE}; 1 by default) into empty databases: the ones npm start uses
  (the SQLite files under DATA_DIR, or <SUBGRAPH>_DATABASE_URL), every agency's unless --subgraph names some.
  --reset   empty the databases that already hold records first (it asks; --yes answers for a script)`;

const number = (n: number) => Math.round(n).toLocaleString('en-US');

function progressPrinter(): (progress: SeedProgress) => void {
  let last = 0;
  return (progress) => {
    const now = Date.now();
    if (now - last < (process.stderr.isTTY ? 250 : 5_000) && progress.rowsWritten < progress.rowsExpected) return;
    last = now;
    const rate = progress.rowsWritten / Math.max(progress.elapsedMs / 1000, 0.001);
    const line = `seed: ${number(progress.rowsWritten)} / ${number(progress.rowsExpected)} rows (${((100 * progress.rowsWritten) / progress.rowsExpected).toFixed(1)}%), ${number(rate)} rows/s, copy ${progress.copy + 1}, ${progress.subgraph}.${progress.table}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line.padEnd(120)}` : `${line}\n`);
  };
}

const listing = (targets: readonly SeedTarget[]) => targets.map((target) => `  ${target.subgraph.padEnd(22)} ${target.location}`).join('\n');

/** The same command without --reset and --yes, as the person would type it again. */
function commandOf(argv: readonly string[], extra = ''): string {
  const kept = argv
    .filter((argument) => argument !== '--reset' && argument !== '--yes')
    .map((argument) => (/^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`));
  return `npm run seed${
    kept.length > 0 || extra
      ? ` --${[...kept, extra]
          .filter(Boolean)
          .map((part) => ` ${part}`)
          .join('')}`
      : ''
  }`;
}

/** A folder for new databases that does not exist yet: data-scale-10, data-scale-10-2, ... */
function newDataDir(scale: number): string {
  const base = `data-scale-${scale}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(resolveFromRoot(name))) return name;
  }
}

/** Why the seed refused, and the ways out: new databases under another DATA_DIR, or --reset. */
function holdRecordsAdvice(targets: readonly SeedTarget[], argv: readonly string[], scale: number): string {
  const defaults = targets.filter((target) => target.variable === undefined);
  const named = targets.filter((target) => target.variable !== undefined);
  const dataDir = newDataDir(scale);
  return [
    `these databases already hold records (npm start seeds empty databases when it first starts):`,
    listing(targets),
    ...(defaults.length === 0
      ? []
      : ['Seed into new databases under another folder, then start the platform on them:', `  DATA_DIR=${dataDir} ${commandOf(argv)}`, `  DATA_DIR=${dataDir} npm start`]),
    ...named.map((target) => `Give ${target.subgraph} an empty database in ${target.variable}.`),
    'Or empty these first (it asks before deleting anything):',
    `  ${commandOf(argv, '--reset')}`,
  ].join('\n');
}

/** --reset's question: y/N on a terminal; without one, only --yes agrees. */
function confirmReset(yes: boolean): (held: readonly SeedTarget[]) => Promise<boolean> {
  return async (held) => {
    if (yes) {
      process.stderr.write(`seed: --reset --yes: deleting every record of\n${listing(held)}\n`);
      return true;
    }
    if (!process.stdin.isTTY)
      throw new Refusal(
        `--reset would delete every record (the audit log too) of\n${listing(held)}\nand there is no terminal to ask: add --yes to mean it. Nothing was deleted or written.`,
        1,
      );
    const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
    try {
      const answer = await prompt.question(`Delete every record (the audit log too) of\n${listing(held)}\nand then seed? [y/N] `);
      if (/^y(es)?$/i.test(answer.trim())) return true;
      throw new Refusal('nothing deleted, nothing written', 1);
    } finally {
      prompt.close();
    }
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const line = parseCommandLine(argv, { options: { '--scale': { value: true }, '--subgraph': { value: true }, '--reset': {}, '--yes': {} } });
  const scaleText = lastValue(line, '--scale') ?? '1';
  if (!/^\d+$/.test(scaleText)) throw new UsageError(`--scale must be a whole number from 1 to ${MAX_SCALE} (got ${scaleText})`);
  const scale = Number(scaleText);
  const reset = line.options.has('--reset');
  if (line.options.has('--yes') && !reset) throw new UsageError("--yes answers --reset's question; there is none without --reset");

  // Ctrl-C stops between two chunks and removes what was written; a second Ctrl-C stops at once.
  const stop = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nseed: stopping, and removing what it wrote (Ctrl-C again to leave it as it is)\n');
    stop.abort(new Error('stopped by Ctrl-C'));
  });
  try {
    const report = await seedPlatform({
      scale,
      subgraphs: line.options.get('--subgraph'),
      reset: reset ? confirmReset(line.options.has('--yes')) : undefined,
      signal: stop.signal,
      onProgress: progressPrinter(),
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    const seconds = report.elapsedMs / 1000;
    const lines = [
      `seed: wrote ${number(report.rows)} rows in ${seconds.toFixed(1)} s (${number(report.rows / seconds)} rows/s)`,
      ...Object.entries(report.rowsBySubgraph).map(([name, rows]) => `  ${name.padEnd(22)} ${number(rows)} rows`),
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof DatabasesHoldRecordsError) throw new Refusal(holdRecordsAdvice(error.targets, argv, scale), 1);
    if (error instanceof SeedFailedError && !error.cleaned) throw new Refusal(`${error.message}. Empty them with: ${commandOf(argv, '--reset')}`, 1);
    if (error instanceof SeedFailedError) throw new Refusal(error.message, 1);
    throw error;
  }
}

runCommand('seed', USAGE, main, (error) => {
  const log = cliLogger('seed');
  log.error({ reason: error instanceof Error ? error.message : String(error) }, 'seed failed');
  return new Promise((resolve) => log.flush(() => resolve(1)));
});
