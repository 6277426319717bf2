import fs from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { loadGatewayConfig } from '@governance/gateway/config';
import type { DataSharingPolicy } from '@governance/kit';
import { DASHBOARD_OPERATIONS_DIR, loadOperations } from '@governance/scripts/contract-operations';
import { personalFieldReaches, personalFieldsOf } from '@governance/scripts/personal-field-coverage';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { loadContract } from './contract/operations';

/**
 * The CI rule over what other agencies run: every personal field that a
 * contract operation (../shared/operations and each bureau's own) or a
 * dashboard operation reaches is decided by the agency that holds it:
 * covered by a data-sharing agreement, or owner-only. The kit already
 * refuses to build a schema with an undecided personal field; this reads
 * the composed supergraph, as any tool beside the gateway could, so a field
 * that reaches the supergraph some other way is caught here too.
 */
describe('personal fields the contract and the dashboard reach', () => {
  const supergraph = fs.readFileSync(loadGatewayConfig({ NODE_ENV: 'test' }).supergraphPath, 'utf8');
  const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
  const operations = [...loadContract(), ...loadOperations([{ dir: DASHBOARD_OPERATIONS_DIR, prefix: 'dashboard/' }])];
  const policies = new Map(subgraphDefinitions.map((definition) => [definition.name, definition.dataSharing]));

  it('finds the personal fields in the supergraph, with the agency that holds them', () => {
    expect(personalFieldsOf(supergraph)).toEqual([
      { coordinate: 'Person.idNumber', owner: 'community-committees' },
      { coordinate: 'Person.name', owner: 'community-committees' },
      { coordinate: 'Person.phone', owner: 'community-committees' },
    ]);
  });

  it('are each covered by an agreement or owner-only', () => {
    const reaches = personalFieldReaches(api, supergraph, operations, (owner) => policies.get(owner));
    // The contract reaches people: contact persons, legal representatives, reconsideration applicants.
    expect([...new Set(reaches.map((reach) => `${reach.operation}: ${reach.coordinate}`))].sort()).toEqual([
      'CommunityOverview: Person.name',
      'CommunityOverview: Person.phone',
      'EnterpriseProfile: Person.idNumber',
      'EnterpriseProfile: Person.name',
      'ReconsiderationCases: Person.name',
    ]);
    expect(reaches.filter((reach) => reach.decision === 'undecided').map((reach) => `${reach.file} ${reach.operation}: ${reach.coordinate}`)).toEqual([]);
    expect(reaches.find((reach) => reach.operation === 'CommunityOverview' && reach.coordinate === 'Person.phone')!.decision).toEqual([
      'CC-DSA-2026-001',
      'CC-DSA-2026-002',
      'CC-DSA-2021-003',
      'CC-DSA-2026-004',
      'CC-DSA-2026-005',
    ]);
  });

  it('fails on a personal field its owner has not decided, naming the operation and the coordinate', () => {
    const committees = policies.get('community-committees')!;
    const withoutPhone: DataSharingPolicy = {
      ...committees,
      agreements: committees.agreements.map((agreement) => ({ ...agreement, fields: agreement.fields.filter((field) => field !== 'Person.phone') })),
    };
    const reaches = personalFieldReaches(api, supergraph, operations, (owner) => (owner === 'community-committees' ? withoutPhone : policies.get(owner)));
    const undecided = reaches.filter((reach) => reach.decision === 'undecided').map((reach) => `${reach.file} ${reach.operation}: ${reach.coordinate}`);
    expect(undecided).toEqual(['community-overview.graphql CommunityOverview: Person.phone']);
    const ownerOnly = personalFieldReaches(api, supergraph, operations, () => ({ ...withoutPhone, ownerOnly: ['Person.phone'] }));
    expect(ownerOnly.filter((reach) => reach.decision === 'undecided')).toEqual([]);
  });
});
