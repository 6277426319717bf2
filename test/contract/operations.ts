import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { agencyManifest, agencyOperationsDir } from '@governance/kit/agencies';

/** The dashboard contract: ../shared/operations beside the repository (CONTRACT_DIR overrides). */
export const CONTRACT_DIR = path.resolve(process.env.CONTRACT_DIR ?? path.resolve(__dirname, '../../../shared/operations'));

export interface ContractOperation {
  /** The file name; a bureau's own operation is `<agency>/<file>`. */
  readonly file: string;
  readonly name: string;
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly source: string;
  readonly document: DocumentNode;
  readonly definition: OperationDefinitionNode;
}

/** The folders of contract operations: the shared contract, then each bureau's own (`<package>/operations/`), by agency. */
export function contractFolders(): Array<{ readonly dir: string; readonly prefix: string }> {
  if (!fs.existsSync(CONTRACT_DIR)) throw new Error(`The contract folder ${CONTRACT_DIR} is missing (set CONTRACT_DIR)`);
  const manifest = agencyManifest();
  return [
    { dir: CONTRACT_DIR, prefix: '' },
    ...manifest.agencies.flatMap((agency) => {
      const dir = agencyOperationsDir(manifest, agency);
      return dir === undefined ? [] : [{ dir, prefix: `${agency.name}/` }];
    }),
  ];
}

/** Every operation of every `.graphql` file in the contract folders, files added later included. */
export function loadContract(): ContractOperation[] {
  return contractFolders().flatMap(({ dir, prefix }) => loadOperations(dir, prefix));
}

function loadOperations(dir: string, prefix: string): ContractOperation[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((name) => {
      const file = `${prefix}${name}`;
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      const document = parse(source);
      return document.definitions
        .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
        .map((definition) => ({
          file,
          name: definition.name?.value ?? file,
          kind: definition.operation,
          source,
          document,
          definition,
        }));
    });
}
