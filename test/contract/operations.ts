import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** The dashboard contract: ../shared/operations beside the repository (CONTRACT_DIR overrides). */
export const CONTRACT_DIR = path.resolve(process.env.CONTRACT_DIR ?? path.resolve(__dirname, '../../../shared/operations'));

export interface ContractOperation {
  readonly file: string;
  readonly name: string;
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly source: string;
  readonly document: DocumentNode;
  readonly definition: OperationDefinitionNode;
}

/** Every operation of every `.graphql` file in the contract folder, files added later included. */
export function loadContract(): ContractOperation[] {
  if (!fs.existsSync(CONTRACT_DIR)) throw new Error(`The contract folder ${CONTRACT_DIR} is missing (set CONTRACT_DIR)`);
  return fs
    .readdirSync(CONTRACT_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(CONTRACT_DIR, file), 'utf8');
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
