import fs from 'node:fs';
import path from 'node:path';
import { parseAgencyManifest, type AgencyEntry, type AgencyManifest } from '@governance/kit/agencies';
import { formatJson } from '../agency-files/format-json';
import { BUREAU_NAME, ENTITY_NAME, bureauNames } from './bureau-names';
import { packageFiles } from './package-files';
import { sourceFiles } from './source-files';
import { testFiles } from './test-files';

export interface ScaffoldRequest {
  /** kebab-case: `water-resources`. */
  readonly bureau: string;
  /** The first entity's type name: `Reservoir`. */
  readonly entity: string;
  readonly zh: string;
  readonly en: string;
  /** The repository the package joins (its kit, tsconfig.base.json and test support). */
  readonly root: string;
  /** Where the package goes: `<root>/subgraphs/<bureau>` unless told (a test puts it elsewhere). */
  readonly folder?: string;
  /** The manifest the bureau joins. */
  readonly manifest: AgencyManifest;
  /** Its default port: the highest in the manifest plus one unless told. */
  readonly port?: number;
  /** The first migration's timestamp (milliseconds), now unless told. */
  readonly migrationTimestamp?: number;
}

export interface Scaffold {
  readonly folder: string;
  /** Relative to `folder`. */
  readonly files: ReadonlyMap<string, string>;
  readonly entry: AgencyEntry;
  /** The manifest with the bureau's entry added, checked, and as agencies.json holds it. */
  readonly manifest: AgencyManifest;
  readonly manifestJson: string;
}

const posix = (value: string) => value.split(path.sep).join('/');

/** Refuses what would not make a working bureau, saying why. */
function checkRequest(request: ScaffoldRequest, folder: string): void {
  const problems: string[] = [];
  if (!BUREAU_NAME.test(request.bureau)) problems.push(`the bureau's name "${request.bureau}" must be kebab-case (water-resources)`);
  if (!ENTITY_NAME.test(request.entity)) problems.push(`the entity "${request.entity}" must be a PascalCase type name (Reservoir)`);
  if (request.zh.trim() === '' || request.en.trim() === '') problems.push('--zh and --en name the bureau for people');
  if (request.manifest.agencies.some((agency) => agency.name === request.bureau)) problems.push(`${request.bureau} is already in the manifest`);
  if (fs.existsSync(folder)) problems.push(`${folder} already exists`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * A working subgraph package for a new bureau, from the kit's templates,
 * and the manifest entry that joins it to the platform. Nothing is written:
 * the caller writes the files (npm run new-bureau, or a test into a
 * temporary folder).
 */
export function scaffoldBureau(request: ScaffoldRequest): Scaffold {
  const folder = path.resolve(request.folder ?? path.join(request.root, 'subgraphs', request.bureau));
  checkRequest(request, folder);
  const names = bureauNames(request.bureau, request.entity, request.zh.trim(), request.en.trim());
  const root = posix(path.relative(folder, request.root)) || '.';
  const kit = JSON.parse(fs.readFileSync(path.join(request.root, 'subgraphs/kit/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const files = new Map(
    Object.entries({
      ...packageFiles(names, { root, versions: kit.dependencies }),
      ...sourceFiles(names, request.migrationTimestamp ?? Date.now()),
      ...testFiles(names),
    }),
  );
  const ports = [request.manifest.gateway.defaultPort, ...request.manifest.agencies.map((agency) => agency.defaultPort)];
  const relativeFolder = posix(path.relative(path.dirname(request.manifest.file), folder));
  const entry: AgencyEntry = {
    name: request.bureau,
    displayName: { zh: names.zh, en: names.en },
    defaultPort: request.port ?? Math.max(...ports) + 1,
    package: relativeFolder,
    entities: [request.entity],
  };
  const { file: _file, ...content } = { ...request.manifest, agencies: [...request.manifest.agencies, entry] };
  const raw = JSON.parse(fs.readFileSync(request.manifest.file, 'utf8')) as Record<string, unknown>;
  const manifestJson = formatJson({ ...raw, ...content });
  return { folder, files, entry, manifest: parseAgencyManifest(JSON.parse(manifestJson), request.manifest.file), manifestJson };
}

/** Writes a scaffold's files under its folder. */
export function writeScaffold(scaffold: Scaffold): void {
  for (const [file, content] of scaffold.files) {
    const target = path.join(scaffold.folder, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}
