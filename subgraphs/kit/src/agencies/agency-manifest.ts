import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, EnvReader, REPOSITORY_ROOT, resolveFromRoot, type Env } from '../env';

/** One agency of the platform: its subgraph, its token agency, its database account, its people-facing names. */
export interface AgencyEntry {
  /** kebab-case: the subgraph's name, the token `agency`, the compose service, the `<NAME>_*` variables. */
  readonly name: string;
  readonly displayName: { readonly zh: string; readonly en: string };
  readonly defaultPort: number;
  /** The package folder, relative to the manifest's folder (absolute in test fixtures). */
  readonly package: string;
  /** The entity types this agency owns (resolves by key); no two agencies own the same one. */
  readonly entities: readonly string[];
}

export interface AgencyManifest {
  /** The file it was read from: package folders are relative to its folder. */
  readonly file: string;
  readonly gateway: { readonly defaultPort: number };
  readonly agencies: readonly AgencyEntry[];
}

/** agencies.json at the repository's root. */
export const DEFAULT_AGENCY_MANIFEST = path.join(REPOSITORY_ROOT, 'agencies.json');

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isPort = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1024 && (value as number) <= 65535;

/**
 * Checks a manifest's content and returns it typed, or throws one error that
 * names every problem (a duplicate port, a name that is not kebab-case, an
 * entity two agencies claim).
 */
export function parseAgencyManifest(content: unknown, file: string): AgencyManifest {
  const problems: string[] = [];
  const root = isObject(content) ? content : {};
  if (!isObject(content)) problems.push('the manifest must be a JSON object');
  const gatewayPort = isObject(root.gateway) ? root.gateway.defaultPort : undefined;
  if (!isPort(gatewayPort)) problems.push('gateway.defaultPort must be a port from 1024 to 65535');
  const list = Array.isArray(root.agencies) ? root.agencies : [];
  if (list.length === 0) problems.push('agencies must list at least one agency');
  const agencies = list.map((raw, index) => checkEntry(raw, `agencies[${index}]`, problems));
  const repeated = <T>(values: readonly T[]): T[] => [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
  for (const name of repeated(agencies.map((agency) => agency.name))) problems.push(`agency ${name} is listed twice`);
  for (const port of repeated([gatewayPort, ...agencies.map((agency) => agency.defaultPort)])) problems.push(`port ${String(port)} is given to more than one service`);
  for (const folder of repeated(agencies.map((agency) => agency.package))) problems.push(`package ${folder} is given to more than one agency`);
  for (const entity of repeated(agencies.flatMap((agency) => agency.entities))) problems.push(`entity ${entity} is claimed by more than one agency`);
  if (problems.length > 0) throw new ConfigError(`agency manifest ${file}`, problems);
  return { file, gateway: { defaultPort: gatewayPort as number }, agencies };
}

function checkEntry(raw: unknown, where: string, problems: string[]): AgencyEntry {
  const entry = isObject(raw) ? raw : {};
  const names = isObject(entry.displayName) ? entry.displayName : {};
  if (!isText(entry.name) || !KEBAB.test(entry.name)) problems.push(`${where}.name must be kebab-case (letters, digits, single hyphens)`);
  if (!isText(names.zh) || !isText(names.en)) problems.push(`${where}.displayName needs zh and en`);
  if (!isPort(entry.defaultPort)) problems.push(`${where}.defaultPort must be a port from 1024 to 65535`);
  if (!isText(entry.package)) problems.push(`${where}.package must name the package folder`);
  const entities = Array.isArray(entry.entities) ? entry.entities : [];
  if (!Array.isArray(entry.entities) || entities.some((entity) => typeof entity !== 'string' || !TYPE_NAME.test(entity)))
    problems.push(`${where}.entities must be a list of GraphQL type names`);
  return {
    name: String(entry.name),
    displayName: { zh: String(names.zh), en: String(names.en) },
    defaultPort: Number(entry.defaultPort),
    package: String(entry.package),
    entities: entities.map(String),
  };
}

/** Reads and checks a manifest file (a relative path is relative to the repository's root). */
export function loadAgencyManifest(file: string): AgencyManifest {
  const absolute = resolveFromRoot(file);
  let content: unknown;
  try {
    content = JSON.parse(fs.readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new ConfigError(`agency manifest ${absolute}`, [error instanceof Error ? error.message : String(error)]);
  }
  return parseAgencyManifest(content, absolute);
}

let committed: AgencyManifest | undefined;

/**
 * The platform's manifest: agencies.json, or the file AGENCY_MANIFEST names
 * (a test that runs a bureau's generated tests in a child process points it
 * at a variant). Read once per process.
 */
export function agencyManifest(env: Env = process.env): AgencyManifest {
  if (committed === undefined) {
    const read = new EnvReader(env);
    const file = read.path('AGENCY_MANIFEST', DEFAULT_AGENCY_MANIFEST);
    committed = loadAgencyManifest(read.finish('agency manifest', { file }).file);
  }
  return committed;
}

/** The entry of `name`, or undefined when the manifest does not list it. */
export function findAgency(manifest: AgencyManifest, name: string): AgencyEntry | undefined {
  return manifest.agencies.find((agency) => agency.name === name);
}

/** The package folder of an agency, absolute. */
export function agencyPackageDir(manifest: AgencyManifest, agency: AgencyEntry): string {
  return path.resolve(path.dirname(manifest.file), agency.package);
}

/**
 * The agency's own contract operations (`<package>/operations/*.graphql`):
 * dashboard operations the bureau owns, run by the contract test, offered by
 * the playground and guarded by its breaking-change check, beside the shared
 * contract. Undefined when it has none.
 */
export function agencyOperationsDir(manifest: AgencyManifest, agency: AgencyEntry): string | undefined {
  const dir = path.join(agencyPackageDir(manifest, agency), 'operations');
  return fs.existsSync(dir) ? dir : undefined;
}

/** How pages name an agency to people: `Commerce bureau (工商局)`. */
export function agencyLabel(agency: AgencyEntry): string {
  return `${agency.displayName.en} (${agency.displayName.zh})`;
}
