import path from 'node:path';
import { agencyManifest, agencyPackageDir } from '@governance/kit/agencies';
import { checkBureau, formatReport } from './bureau-check';
import { parseCommandLine, runCommand } from './command-line';

/**
 * `npm run check -w subgraphs/<bureau>` (from the bureau's folder), or
 * `node scripts/dist/check-bureau.js <bureau>`: exit 0 when the bureau may
 * merge, 1 when its change breaks the graph or an operation, 2 when the check
 * itself could not run.
 */
const USAGE =
  'npm run check -w subgraphs/<bureau>   (or node scripts/dist/check-bureau.js <bureau>) exit 0: it may merge; 1: it breaks the graph or an operation; 2: the check could not run';

async function main(argv: readonly string[]): Promise<number> {
  const manifest = agencyManifest();
  const named = parseCommandLine(argv, { options: {}, positionals: 1 }).positionals[0];
  const here = path.resolve(process.cwd());
  const bureau = named ?? manifest.agencies.find((agency) => agencyPackageDir(manifest, agency) === here)?.name;
  if (bureau === undefined) throw new Error(`run it from a bureau's package folder, or name the bureau (${manifest.agencies.map((agency) => agency.name).join(', ')})`);
  const report = await checkBureau({ bureau, manifest });
  process.stdout.write(`${formatReport(report)}\n`);
  return report.passed ? 0 : 1;
}

runCommand('check', USAGE, main, (error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
});
