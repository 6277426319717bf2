import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/** One load-test case: a contract operation with variables chosen from the seeded data. */
export interface BenchCase {
  /** Operation name, with a suffix when one operation is measured with several variable sets (EnterpriseList(500)). */
  readonly name: string;
  readonly operationName: string;
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

export interface ContractQuery {
  readonly name: string;
  readonly source: string;
}

/** The dashboard contract's queries (mutations are left out: every write appends to the audit log, so a repeated one grows the data). */
export function loadContractQueries(dir: string): { queries: ContractQuery[]; mutations: string[] } {
  if (!fs.existsSync(dir)) throw new Error(`The contract folder ${dir} is missing (set CONTRACT_DIR)`);
  const queries: ContractQuery[] = [];
  const mutations: string[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const definition of parse(source).definitions.filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)) {
      const name = definition.name?.value ?? file;
      if (definition.operation === 'query') queries.push({ name, source });
      else mutations.push(name);
    }
  }
  return { queries, mutations };
}

export type Ask = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Variables for every contract query, picked from the data through the gateway: the records that exercise most of each operation. */
export async function benchVariables(ask: Ask): Promise<Record<string, Record<string, unknown>>> {
  const { communities } = await ask<{ communities: { nodes: Array<{ code: string; enterprises: { totalCount: number } | null; talkEvents: { totalCount: number } | null }> } }>(
    '{ communities(first: 500) { nodes { code enterprises(first: 1) { totalCount } talkEvents(year: 2011, first: 1) { totalCount } } } }',
  );
  const community = maxBy(communities.nodes, (node) => Math.min(node.enterprises?.totalCount ?? 0, 50) * 1000 + (node.talkEvents?.totalCount ?? 0));
  const { enterprises } = await ask<{
    enterprises: { nodes: Array<{ creditCode: string; legalRepresentative: unknown; memberships: unknown[] | null; enforcementCases: unknown[] }> };
  }>('{ enterprises(first: 500) { nodes { creditCode legalRepresentative { id } memberships { since } enforcementCases { id } } } }');
  const profiled = maxBy(enterprises.nodes, (node) => (node.legalRepresentative ? 10 : 0) + (node.memberships?.length ?? 0) + node.enforcementCases.length);
  const { associations } = await ask<{ associations: { nodes: Array<{ creditCode: string; memberships: { totalCount: number } }> } }>(
    '{ associations(first: 100) { nodes { creditCode memberships(first: 1) { totalCount } } } }',
  );
  const roster = maxBy(associations.nodes, (node) => node.memberships.totalCount);
  const { patrolTeams } = await ask<{ patrolTeams: Array<{ id: string; name: string }> }>('{ patrolTeams { id name } }');
  const team = patrolTeams.find((candidate) => candidate.name.includes('洪庄')) ?? patrolTeams[0];
  return {
    CommunityOverview: { code: community.code, year: 2011 },
    SubDistrictOverview: { code: '320571001000' },
    Directory: {},
    EnterpriseList: { first: 100 },
    EnterpriseProfile: { creditCode: profiled.creditCode },
    AssociationRoster: { creditCode: roster.creditCode },
    PatrolCompliance: { teamId: team.id, from: '2011-01-01', to: '2011-12-31' },
    TalkEventStats: { from: '2009-01-01', to: '2011-12-31' },
  };
}

/** The wide list the targets name: EnterpriseList with `first: 500`. */
export const LIST_500 = 'EnterpriseList(500)';

/** Every contract query with its variables, plus EnterpriseList at 500 (the wide list the targets name). */
export function benchCases(queries: readonly ContractQuery[], variables: Record<string, Record<string, unknown>>): BenchCase[] {
  const cases: BenchCase[] = queries.map((query) => {
    const chosen = variables[query.name];
    if (chosen === undefined) throw new Error(`bench/src/fixtures.ts has no variables for the contract query ${query.name}: add them to benchVariables`);
    return { name: query.name, operationName: query.name, query: query.source, variables: chosen };
  });
  const list = queries.find((query) => query.name === 'EnterpriseList');
  if (list) cases.push({ name: LIST_500, operationName: list.name, query: list.source, variables: { first: 500 } });
  return cases;
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T {
  if (items.length === 0) throw new Error('no seeded record to pick benchmark variables from');
  return items.reduce((best, item) => (score(item) > score(best) ? item : best));
}
