import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { agencyManifest, agencyOperationsDir, type AgencyManifest } from '@governance/kit/agencies';
import { EnvReader, type Env } from '@governance/kit/env';

/** scripts/{src,dist}/ -> the repository's root. */
const ROOT = path.resolve(__dirname, '../..');

/** The dashboard contract beside the repository (../shared/operations); CONTRACT_DIR moves it. */
export function contractDir(env: Env = process.env): string {
  const read = new EnvReader(env);
  return read.finish('contract operations', { dir: read.path('CONTRACT_DIR', path.resolve(ROOT, '../shared/operations')) }).dir;
}

/** The dashboard's own operations, beyond the contract. */
export const DASHBOARD_OPERATIONS_DIR = path.join(ROOT, 'gateway/browser/operations');

export interface OperationFolder {
  readonly dir: string;
  /** Put before each file's name: `legal-affairs/` for a bureau's own operations. */
  readonly prefix: string;
}

/**
 * The folders of contract operations: the shared contract, then each
 * bureau's own (`<package>/operations/`), in the manifest's order.
 */
export function contractFolders(manifest: AgencyManifest = agencyManifest(), env: Env = process.env): OperationFolder[] {
  const shared = contractDir(env);
  if (!fs.existsSync(shared)) throw new Error(`The contract folder ${shared} is missing (set CONTRACT_DIR)`);
  return [
    { dir: shared, prefix: '' },
    ...manifest.agencies.flatMap((agency) => {
      const dir = agencyOperationsDir(manifest, agency);
      return dir === undefined ? [] : [{ dir, prefix: `${agency.name}/` }];
    }),
  ];
}

export interface LoadedOperation {
  /** The file, with its folder's prefix (`legal-affairs/reconsideration-stats.graphql`). */
  readonly file: string;
  readonly name: string;
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly source: string;
  readonly document: DocumentNode;
  readonly definition: OperationDefinitionNode;
}

/** Every operation of every `.graphql` file in the folders, files added later included. */
export function loadOperations(folders: readonly OperationFolder[]): LoadedOperation[] {
  return folders.flatMap(({ dir, prefix }) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.graphql'))
      .sort()
      .flatMap((name) => {
        const file = `${prefix}${name}`;
        const source = fs.readFileSync(path.join(dir, name), 'utf8');
        const document = parse(source);
        return document.definitions
          .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
          .map((definition) => ({ file, name: definition.name?.value ?? file, kind: definition.operation, source, document, definition }));
      }),
  );
}
