import path from 'node:path';
import { agencyPackageDir, type AgencyManifest } from '@governance/kit/agencies';
import { formatJson } from './format-json';

/** Packages under subgraphs/ that are libraries, not agencies: every other reference there is an agency's. */
const LIBRARIES = new Set(['subgraphs/kit', 'subgraphs/dataset']);

interface TsConfig {
  references?: Array<{ path: string }>;
  [key: string]: unknown;
}

/**
 * A tsconfig whose project references name every agency's package (tsc -b
 * needs static references; the manifest is the list). Other references keep
 * their places; the agencies' take the place of the old agency references,
 * after the libraries.
 */
export function withAgencyReferences(content: string, tsconfigFile: string, manifest: AgencyManifest): string {
  const config = JSON.parse(content) as TsConfig;
  const folder = path.dirname(tsconfigFile);
  const root = path.dirname(manifest.file);
  const isAgencyReference = (reference: { path: string }) => {
    const fromRoot = path.relative(root, path.resolve(folder, reference.path)).split(path.sep).join('/');
    return fromRoot.startsWith('subgraphs/') && !LIBRARIES.has(fromRoot);
  };
  const references = config.references ?? [];
  const agencies = manifest.agencies.map((agency) => ({ path: relativePath(folder, agencyPackageDir(manifest, agency)) }));
  const firstAgency = references.findIndex(isAgencyReference);
  const others = references.filter((reference) => !isAgencyReference(reference));
  const at =
    firstAgency === -1
      ? others.filter((reference) => LIBRARIES.has(path.relative(root, path.resolve(folder, reference.path)).split(path.sep).join('/'))).length
      : references.slice(0, firstAgency).filter((reference) => !isAgencyReference(reference)).length;
  return formatJson({ ...config, references: [...others.slice(0, at), ...agencies, ...others.slice(at)] });
}

function relativePath(from: string, to: string): string {
  const relative = path.relative(from, to).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}
