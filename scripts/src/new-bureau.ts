import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { agencyManifest } from '@governance/kit/agencies';
import { lastValue, parseCommandLine, runCommand, UsageError } from './command-line';
import { scaffoldBureau, writeScaffold } from './scaffold';

/**
 * `npm run new-bureau -- <name> --zh <中文名> --en <English name> [--entity <Type>] [--port <n>]`:
 * a working subgraph package under subgraphs/<name> from the kit's templates,
 * its entry in agencies.json, the files derived from the manifest, the
 * workspace link, and schema/ composed with it.
 */
const USAGE = 'npm run new-bureau -- <name> --zh <中文名> --en "<English name>" [--entity <TypeName>] [--port <n>]';

interface Arguments {
  readonly bureau: string;
  readonly zh: string;
  readonly en: string;
  readonly entity: string;
  readonly port?: number;
}

function parseArguments(argv: readonly string[]): Arguments {
  const line = parseCommandLine(argv, { options: { '--zh': { value: true }, '--en': { value: true }, '--entity': { value: true }, '--port': { value: true } }, positionals: 1 });
  if (line.positionals.length !== 1) throw new UsageError('name the bureau once, in kebab-case (water-resources)');
  const bureau = line.positionals[0];
  const pascal = bureau
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  const port = lastValue(line, '--port');
  return {
    bureau,
    zh: lastValue(line, '--zh') ?? '',
    en: lastValue(line, '--en') ?? '',
    entity: lastValue(line, '--entity') ?? `${pascal}Record`,
    ...(port === undefined ? {} : { port: Number(port) }),
  };
}

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArguments(argv);
  const manifest = agencyManifest();
  const root = path.dirname(manifest.file);
  const scaffold = scaffoldBureau({ ...args, root, manifest });
  writeScaffold(scaffold);
  fs.writeFileSync(manifest.file, scaffold.manifestJson);
  process.stdout.write(
    `new-bureau: wrote ${path.relative(root, scaffold.folder)}/ (${scaffold.files.size} files) and its entry in agencies.json (port ${scaffold.entry.defaultPort})\n`,
  );
  // The workspace link and package-lock.json entry, from the packages already installed.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], root);
  run('npm', ['run', '--silent', 'sync:agencies'], root);
  run('npm', ['run', '--silent', 'compose'], root);
  process.stdout.write(`
${args.bureau} joins the platform. Next:
  npm test -w subgraphs/${args.bureau}           its generated tests
  npm run check -w subgraphs/${args.bureau}      its schema against the committed supergraph and the contract
  npm start                                 every bureau and the gateway, ${args.bureau} on port ${scaffold.entry.defaultPort}
Commit subgraphs/${args.bureau}/, agencies.json, schema/, package-lock.json and the files sync:agencies wrote.\n`);
}

runCommand('new-bureau', USAGE, main, (error) => {
  process.stderr.write(`new-bureau: ${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}\n`);
  return 1;
});
