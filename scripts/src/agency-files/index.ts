import fs from 'node:fs';
import path from 'node:path';
import type { AgencyManifest } from '@governance/kit/agencies';
import { renderDockerCompose, type AgencyOwners } from './docker-compose';
import { renderDockerfile } from './dockerfile';
import { withAgencyTable } from './readme-table';
import { withAgencyReferences } from './tsconfig-references';

export { databaseAccount, renderDockerCompose, type AgencyOwners } from './docker-compose';
export { renderDockerfile } from './dockerfile';
export { formatJson } from './format-json';

/** A file of the repository that lists agencies, as the manifest makes it. */
export interface DerivedFile {
  /** Relative to the repository's root. */
  readonly file: string;
  readonly content: string;
}

/**
 * Every file that tsc, npm, Docker or a reader needs as static text and that
 * names the agencies, rendered from the manifest: the tsconfig references,
 * the Dockerfile, docker-compose.yml and the README's table of bureaus.
 * Files that can read the manifest themselves (jest.config.js, the MySQL init
 * script, the kit, the gateway, the scripts) are not here.
 */
export function deriveAgencyFiles(root: string, manifest: AgencyManifest, code: readonly AgencyOwners[]): DerivedFile[] {
  const current = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const references = (file: string) => ({ file, content: withAgencyReferences(current(file), path.join(root, file), manifest) });
  return [
    references('tsconfig.json'),
    references('test/tsconfig.json'),
    { file: 'Dockerfile', content: renderDockerfile(manifest) },
    { file: 'docker-compose.yml', content: renderDockerCompose(manifest, code) },
    { file: 'README.md', content: withAgencyTable(current('README.md'), manifest) },
  ];
}
