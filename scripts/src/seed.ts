import { cliLogger } from './cli-log';
import { seedPlatform, type SeedProgress } from './seed-platform';

/**
 * `npm run seed -- --scale N [--subgraph <name>]...`: N times the document's data set, into the
 * databases `<SUBGRAPH>_DATABASE_URL` names (SQLite files under data/ by default), with a
 * progress line on stderr.
 */
function parseArguments(argv: readonly string[]): { scale: number; subgraphs?: string[] } {
  let scale = 1;
  const subgraphs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') scale = Number(value());
    else if (flag === '--subgraph') subgraphs.push(value());
    else throw new Error(`unknown argument ${argv[i]} (use --scale N and --subgraph <name>)`);
  }
  return { scale, subgraphs: subgraphs.length > 0 ? subgraphs : undefined };
}

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

async function main(): Promise<void> {
  const { scale, subgraphs } = parseArguments(process.argv.slice(2));
  const report = await seedPlatform({ scale, subgraphs, onProgress: progressPrinter() });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = report.elapsedMs / 1000;
  const lines = [`seed: wrote ${number(report.rows)} rows in ${seconds.toFixed(1)} s (${number(report.rows / seconds)} rows/s)`, ...Object.entries(report.rowsBySubgraph).map(([name, rows]) => `  ${name.padEnd(22)} ${number(rows)} rows`)];
  process.stderr.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  const log = cliLogger('seed');
  log.error({ reason: error instanceof Error ? error.message : String(error) }, 'seed failed');
  log.flush(() => process.exit(1));
});
