import fs from 'node:fs';
import path from 'node:path';
import { buildClientArtifacts } from './client-artifacts';
import { cliLogger } from './cli-log';
import { parseCommandLine, runCommand } from './command-line';
import { SCHEMA_DIR, buildSchemaArtifacts } from './schema-artifacts';

const ROOT = path.resolve(SCHEMA_DIR, '..');

/**
 * `npm run compose`: regenerates schema/ from the subgraphs' code, and the
 * dashboard's operation types from schema/api.graphql. With `--check` it
 * writes nothing and exits 1 naming every generated file that is stale.
 */
const USAGE = "npm run compose [-- --check]   regenerate schema/ and the dashboard's operation types; --check writes nothing and exits 1 when a file is stale";

async function main(argv: readonly string[]): Promise<number> {
  const check = parseCommandLine(argv, { options: { '--check': {} } }).options.has('--check');
  const artifacts = buildSchemaArtifacts();
  const files = new Map([
    ...[...artifacts].map(([file, content]): [string, string] => [path.join(SCHEMA_DIR, file), content]),
    ...(await buildClientArtifacts(artifacts.get('api.graphql')!)),
  ]);
  const stale = [...files].filter(([file, content]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content).map(([file]) => path.relative(ROOT, file));
  if (check) {
    if (stale.length === 0) return 0;
    process.stderr.write(`stale generated files (run \`npm run compose\`): ${stale.join(', ')}\n`);
    return 1;
  }
  for (const [file, content] of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  process.stdout.write(`${stale.length === 0 ? `generated files already up to date (${files.size})` : `wrote ${stale.join(', ')}`}\n`);
  return 0;
}

runCommand('compose', USAGE, main, (error) => {
  cliLogger('compose').error({ reason: error instanceof Error ? error.message : String(error) }, 'compose failed');
  return 1;
});
