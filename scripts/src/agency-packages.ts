import fs from 'node:fs';
import path from 'node:path';
import { agencyManifest, agencyPackageDir, type AgencyEntry, type AgencyManifest } from '@governance/kit/agencies';
import type { SubgraphDefinition } from '@governance/kit';

/** This module runs compiled (node, dist/*.js) or from source (ts-jest); each agency's package is loaded the same way. */
const FROM_SOURCE = path.extname(__filename) === '.ts';

function isDefinitionNamed(value: unknown, name: string): value is SubgraphDefinition<unknown> {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name && typeof (value as { buildSchema?: unknown }).buildSchema === 'function';
}

/**
 * The SubgraphDefinition an agency's package exports from its main module
 * (`dist/subgraph.js`, or `src/subgraph.ts` when running from source): the
 * exported value whose `name` is the agency's.
 */
export function loadSubgraphDefinition(manifest: AgencyManifest, agency: AgencyEntry): SubgraphDefinition<unknown> {
  const folder = agencyPackageDir(manifest, agency);
  const packageFile = path.join(folder, 'package.json');
  if (!fs.existsSync(packageFile)) throw new Error(`agencies.json lists ${agency.name} in ${agency.package}, which has no package.json`);
  const main = (JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { main?: string }).main ?? 'dist/subgraph.js';
  const entry = FROM_SOURCE ? main.replace(/^(\.\/)?dist\//, 'src/').replace(/\.js$/, '.ts') : main;
  // The manifest names the packages at run time: there is nothing to import statically.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load of a path known only now
  const exported = require(path.join(folder, entry)) as Record<string, unknown>;
  const definition = Object.values(exported).find((value) => isDefinitionNamed(value, agency.name));
  if (definition === undefined) throw new Error(`${path.join(agency.package, entry)} exports no SubgraphDefinition named ${agency.name}`);
  return definition;
}

/** Every agency's subgraph definition, in the manifest's order. */
export function loadSubgraphDefinitions(manifest: AgencyManifest = agencyManifest()): readonly SubgraphDefinition<unknown>[] {
  return manifest.agencies.map((agency) => loadSubgraphDefinition(manifest, agency));
}
