import { Kind } from 'graphql';
import { makeCreditCode } from '@governance/kit';
import type { Stack } from '../support/stack';
import type { ContractOperation } from './operations';

export type Variables = Record<string, unknown>;

/** Variables for each contract operation, chosen from the seeded data through the gateway itself. */
export interface ContractFixtures {
  readonly byOperation: Readonly<Record<string, Variables>>;
  /** Fallbacks by variable name, for operations added to the contract later. */
  readonly byVariable: Readonly<Variables>;
}

async function data<T>(stack: Stack, query: string, variables: Variables = {}): Promise<T> {
  const result = await stack.query<T>(query, variables);
  if (result.errors) throw new Error(`fixture query failed: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** The item with the highest score: the record that exercises most of an operation. */
function richest<T>(items: readonly T[], score: (item: T) => number): T {
  if (items.length === 0) throw new Error('no seeded record to build a fixture from');
  return items.reduce((best, item) => (score(item) > score(best) ? item : best));
}

const count = (value: unknown): number => (Array.isArray(value) ? Math.min(value.length, 1) : value === null || value === undefined ? 0 : 1);

export async function discoverFixtures(stack: Stack): Promise<ContractFixtures> {
  const { communities } = await data<{ communities: { nodes: Array<Record<string, unknown> & { code: string; policeStation: { id: string } | null }> } }>(
    stack,
    `{ communities(first: 500) { nodes { code policeStation { id } patrolTeams { id } safeCommunityDesignations { year } serviceContracts { id }
       talkEvents(year: 2011, first: 1) { totalCount } enterprises(first: 1) { totalCount } contactPersons { id } } } }`,
  );
  const community = richest(
    communities.nodes,
    (node) =>
      count(node.policeStation) +
      count(node.patrolTeams) +
      count(node.safeCommunityDesignations) +
      count(node.serviceContracts) +
      count(node.contactPersons) +
      Math.min((node.talkEvents as { totalCount: number } | null)?.totalCount ?? 0, 1) +
      Math.min((node.enterprises as { totalCount: number } | null)?.totalCount ?? 0, 1),
  );

  // Every enterprise of the register, a page at a time: the richest profile may be on any page.
  type EnterpriseNode = Record<string, unknown> & { creditCode: string; licenseStatus: string; kind: string };
  const enterprises: { nodes: EnterpriseNode[] } = { nodes: [] };
  for (let after: string | null = null, pages = 0; pages === 0 || (after !== null && pages < 100); pages += 1) {
    const page: { enterprises: { nodes: EnterpriseNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await data(
      stack,
      `query ($after: String) { enterprises(first: 500, after: $after) { nodes { creditCode licenseStatus kind registeredCapitalYuan legalRepresentative { id }
         enforcementCases { id fineYuan } emissionAgreement { signedOn } memberships { since } certificationMarks { name } patrolMemberCount }
         pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    enterprises.nodes.push(...page.enterprises.nodes);
    after = page.enterprises.pageInfo.hasNextPage ? page.enterprises.pageInfo.endCursor : null;
  }
  // Nullable single values must be present for the profile to exercise them; lists may be empty.
  const profiled = richest(
    enterprises.nodes,
    (node) =>
      10 * (count(node.registeredCapitalYuan) + count(node.legalRepresentative) + count(node.emissionAgreement)) +
      count(node.enforcementCases) +
      count(node.memberships) +
      count(node.certificationMarks) +
      Math.min(Number(node.patrolMemberCount ?? 0), 1) +
      ((node.enforcementCases as Array<{ fineYuan: number | null }> | undefined)?.some((item) => item.fineYuan !== null) ? 1 : 0),
  );

  const { associations } = await data<{
    associations: { nodes: Array<{ creditCode: string; kind: string; memberships: { totalCount: number; nodes: Array<{ enterprise: { creditCode: string } | null }> } }> };
  }>(stack, `{ associations(first: 100) { nodes { creditCode kind memberships(first: 500) { totalCount nodes { enterprise { creditCode } } } } } }`);
  const roster = richest(associations.nodes, (node) => node.memberships.totalCount);
  const joining = associations.nodes.find((node) => node.kind === 'CHAMBER_OF_COMMERCE') ?? roster;
  const members = new Set(joining.memberships.nodes.map((node) => node.enterprise?.creditCode));
  const newcomer = enterprises.nodes.find((node) => !members.has(node.creditCode) && node.licenseStatus === 'ACTIVE');
  const active = enterprises.nodes.find((node) => node.licenseStatus === 'ACTIVE' && node.creditCode !== newcomer?.creditCode);

  const { patrolTeams } = await data<{ patrolTeams: Array<{ id: string; name: string }> }>(stack, `{ patrolTeams { id name } }`);
  const team = patrolTeams.find((candidate) => candidate.name.includes('洪庄')) ?? patrolTeams[0];

  const [person]: Array<{ id: string }> = await stack.subgraphs['community-committees'].db.query('SELECT id FROM person ORDER BY id LIMIT 1');

  return {
    byOperation: {
      CommunityOverview: { code: community.code, year: 2011 },
      SubDistrictOverview: { code: '320571001000' },
      EnterpriseList: { first: 100 },
      EnterpriseProfile: { creditCode: profiled.creditCode },
      AssociationRoster: { creditCode: roster.creditCode },
      PatrolCompliance: { teamId: team?.id, from: '2011-01-01', to: '2012-01-10' },
      TalkEventStats: { from: '2009-04-09', to: '2011-12-31' },
      ReconsiderationStats: { from: '2005-01-01', to: '2010-12-31' },
      ReconsiderationCases: { first: 20, outcome: 'REVOKED' },
      AddMembership: { associationCreditCode: joining.creditCode, enterpriseCreditCode: newcomer?.creditCode, since: '2011-06-01' },
      RecordTalkEvent: {
        input: {
          communityCode: community.code,
          stationId: community.policeStation?.id,
          heldOn: '2011-11-11',
          topic: '小区停车秩序与夜间治安',
          officersDeployed: 3,
          attendees: 40,
          peopleHelped: 12,
        },
      },
      RegisterEnterprise: {
        input: {
          creditCode: makeCreditCode('91', '320571', 'CT000001'),
          name: '苏州契约测试贸易有限公司',
          kind: 'COMPANY',
          industry: 'RETAIL',
          communityCode: community.code,
          establishedOn: '2011-03-01',
          registeredCapitalYuan: 100_000,
          legalRepresentativeId: person.id,
        },
      },
      ChangeLicenseStatus: { creditCode: active?.creditCode, status: 'SUSPENDED', reason: '契约测试：经营场所与登记不符，责令整改' },
    },
    byVariable: { code: community.code, creditCode: profiled.creditCode, teamId: team?.id, year: 2011, first: 20, from: '2011-01-01', to: '2011-12-31' },
  };
}

/** The variables an operation needs: its own fixture, else fallbacks by name; a required one without either fails. */
export function variablesFor(operation: Pick<ContractOperation, 'file' | 'name' | 'definition'>, fixtures: ContractFixtures): Variables {
  const own = fixtures.byOperation[operation.name] ?? {};
  const variables: Variables = {};
  for (const definition of operation.definition.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = name in own ? own[name] : fixtures.byVariable[name];
    if (value === undefined && definition.type.kind === Kind.NON_NULL_TYPE) {
      throw new Error(`${operation.file}: no fixture for required variable $${name}; add one in test/contract/fixtures.ts`);
    }
    if (value !== undefined) variables[name] = value;
  }
  return variables;
}
