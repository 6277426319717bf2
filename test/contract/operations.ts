import { contractDir, contractFolders, loadOperations, type LoadedOperation } from '@governance/scripts/contract-operations';

/** A contract operation: its file (a bureau's own is `<agency>/<file>`), name, kind, source and parsed definition. */
export type ContractOperation = LoadedOperation;

/** Every operation of the shared contract (../shared/operations, CONTRACT_DIR) and of each bureau's `operations/`. */
export function loadContract(): ContractOperation[] {
  return loadOperations(contractFolders());
}

/** The shared contract's folder, for tests that read one of its files. */
export const CONTRACT_DIR = contractDir();
