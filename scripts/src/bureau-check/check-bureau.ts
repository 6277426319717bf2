import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { diff } from '@graphql-inspector/core';
import { validate, type GraphQLSchema } from 'graphql';
import { CompositionFailed, composeSupergraph } from '@governance/gateway/compose';
import { defaultSubgraphUrl } from '@governance/gateway/subgraph-list';
import { printSubgraphSdl } from '@governance/kit';
import { agencyManifest, agencyPackageDir, findAgency, type AgencyManifest } from '@governance/kit/agencies';
import type { Env } from '@governance/kit/env';
import { loadSubgraphDefinition } from '../agency-packages';
import { DASHBOARD_OPERATIONS_DIR, contractFolders, loadOperations, type LoadedOperation } from '../contract-operations';
import { SCHEMA_DIR } from '../schema-artifacts';
import { readAcceptedChanges, type AcceptedChange } from './accepted-changes';
import { operationCoordinates, touches } from './operation-coordinates';

export interface BureauCheckOptions {
  readonly bureau: string;
  readonly manifest?: AgencyManifest;
  /** The bureau's SDL to check: printed from its code unless given (a test passes a variant). */
  readonly candidateSdl?: string;
  /** The other bureaus' committed SDL and the supergraph to compare with: schema/ unless given. */
  readonly schemaDir?: string;
  /** CONTRACT_DIR, where the shared contract is. */
  readonly env?: Env;
}

export interface OperationRef {
  readonly file: string;
  readonly name: string;
}

export interface SchemaChange {
  readonly coordinate: string;
  readonly type: string;
  readonly message: string;
  readonly level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** The contract and dashboard operations that use what changed. */
  readonly usedBy: readonly OperationRef[];
  /** Why the bureau accepted it, when it did. */
  readonly acceptedBecause?: string;
}

export interface BrokenOperation extends OperationRef {
  readonly errors: readonly string[];
}

export interface BureauCheckReport {
  readonly bureau: string;
  readonly composedWith: readonly string[];
  readonly compositionErrors: readonly string[];
  /** Breaking changes the bureau has not marked intended: each fails the check. */
  readonly breaking: readonly SchemaChange[];
  readonly accepted: readonly SchemaChange[];
  readonly dangerous: readonly SchemaChange[];
  readonly safe: number;
  /** Contract and dashboard operations that no longer validate against the new API schema: each fails the check. */
  readonly brokenOperations: readonly BrokenOperation[];
  readonly operationsChecked: number;
  readonly passed: boolean;
}

const apiSchemaOf = (supergraphSdl: string): GraphQLSchema => Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

/**
 * A bureau's own check before it merges: its current schema composed with the
 * other bureaus' committed SDL, the result's API schema compared with the
 * committed supergraph's by graphql-inspector (breaking changes fail unless
 * the bureau's accepted-breaking-changes.json marks them intended, with a
 * reason), and every contract, bureau and dashboard operation validated
 * against the new API schema.
 */
export async function checkBureau(options: BureauCheckOptions): Promise<BureauCheckReport> {
  const manifest = options.manifest ?? agencyManifest();
  const agency = findAgency(manifest, options.bureau);
  if (agency === undefined) throw new Error(`no bureau named ${options.bureau} in ${manifest.file} (one of ${manifest.agencies.map((entry) => entry.name).join(', ')})`);
  const schemaDir = options.schemaDir ?? SCHEMA_DIR;
  const committed = (file: string) => fs.readFileSync(path.join(schemaDir, file), 'utf8');
  const candidateSdl = options.candidateSdl ?? printSubgraphSdl(loadSubgraphDefinition(manifest, agency).buildSchema());
  const others = manifest.agencies.filter((entry) => entry.name !== agency.name && fs.existsSync(path.join(schemaDir, `${entry.name}.graphql`)));
  const subgraphs = manifest.agencies
    .filter((entry) => entry.name === agency.name || others.includes(entry))
    .map((entry) => ({ name: entry.name, url: defaultSubgraphUrl(entry.defaultPort), sdl: entry.name === agency.name ? candidateSdl : committed(`${entry.name}.graphql`) }));
  const operations = loadOperations([...contractFolders(manifest, options.env), { dir: DASHBOARD_OPERATIONS_DIR, prefix: 'dashboard/' }]);
  const base = { bureau: agency.name, composedWith: others.map((entry) => entry.name), operationsChecked: operations.length };

  let candidate: string;
  try {
    candidate = composeSupergraph(subgraphs);
  } catch (error) {
    if (!(error instanceof CompositionFailed)) throw error;
    return { ...base, compositionErrors: error.problems, breaking: [], accepted: [], dangerous: [], safe: 0, brokenOperations: [], passed: false };
  }
  const before = apiSchemaOf(committed('supergraph.graphql'));
  const after = apiSchemaOf(candidate);
  const usage = operations.map((operation) => ({ operation, used: operationCoordinates(before, operation) }));
  const acceptedChanges = readAcceptedChanges(agencyPackageDir(manifest, agency));
  const changes = (await diff(before, after)).map((change): SchemaChange => {
    const coordinate = change.path ?? '(schema)';
    const type = String(change.type);
    const accepted = acceptedChanges.find((entry: AcceptedChange) => entry.coordinate === coordinate && entry.type === type);
    return {
      coordinate,
      type,
      message: change.message,
      level: change.criticality.level,
      usedBy: usage.filter(({ used }) => touches(coordinate, used)).map(({ operation }) => ({ file: operation.file, name: operation.name })),
      ...(accepted === undefined ? {} : { acceptedBecause: accepted.reason }),
    };
  });
  const breakingChanges = changes.filter((change) => change.level === 'BREAKING');
  const brokenOperations = operations
    .map((operation: LoadedOperation) => ({
      file: operation.file,
      name: operation.name,
      errors: validate(after, operation.document).map((error) => `${error.message}${error.locations?.[0] ? ` (line ${error.locations[0].line})` : ''}`),
    }))
    .filter((operation) => operation.errors.length > 0);
  const breaking = breakingChanges.filter((change) => change.acceptedBecause === undefined);
  return {
    ...base,
    compositionErrors: [],
    breaking,
    accepted: breakingChanges.filter((change) => change.acceptedBecause !== undefined),
    dangerous: changes.filter((change) => change.level === 'DANGEROUS'),
    safe: changes.filter((change) => change.level === 'NON_BREAKING').length,
    brokenOperations,
    passed: breaking.length === 0 && brokenOperations.length === 0,
  };
}
