import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { deriveAgencyFiles, type AgencyOwners, type DerivedFile } from './agency-files';
import { loadSubgraphDefinitions } from './agency-packages';
import { parseCommandLine, runCommand } from './command-line';

/** The repository's root: the committed manifest's folder. */
export const REPOSITORY_ROOT = path.dirname(agencyManifest().file);

/** Writes the files whose content differs; returns their names. */
function write(root: string, files: readonly DerivedFile[]): string[] {
  const changed: string[] = [];
  for (const { file, content } of files) {
    const target = path.join(root, file);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === content) continue;
    fs.writeFileSync(target, content);
    changed.push(file);
  }
  return changed;
}

/**
 * `npm run sync:agencies`: rewrites the files derived from agencies.json and
 * returns the ones that changed. The tsconfig references come first and the
 * packages are compiled before the rest, because docker-compose.yml needs to
 * know from each agency's compiled code whose records it checks.
 */
export function syncAgencyFiles(root: string = REPOSITORY_ROOT, manifest: AgencyManifest = agencyManifest()): string[] {
  const references = deriveAgencyFiles(root, manifest, []).filter((file) => file.file.endsWith('tsconfig.json'));
  const changed = write(root, references);
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('tsc -b failed: fix the errors above, then run npm run sync:agencies again');
  const code: readonly AgencyOwners[] = loadSubgraphDefinitions(manifest);
  return [...changed, ...write(root, deriveAgencyFiles(root, manifest, code))];
}

const USAGE = "npm run sync:agencies   rewrite the files derived from agencies.json (tsconfig references, Dockerfile, docker-compose.yml, the README's table)";

if (require.main === module) {
  runCommand(
    'sync:agencies',
    USAGE,
    async (argv) => {
      parseCommandLine(argv, { options: {} });
      const changed = syncAgencyFiles();
      process.stdout.write(`${changed.length === 0 ? 'sync:agencies: every derived file is up to date' : changed.map((file) => `sync:agencies: wrote ${file}`).join('\n')}\n`);
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    },
  );
}
