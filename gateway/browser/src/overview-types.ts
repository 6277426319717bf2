import type { CommunityEnterprisesQuery, CommunityOverviewQuery, PatrolComplianceQuery, SubDistrictsQuery } from './generated/operations.js';

/** The parts of the generated operation types (`npm run compose`) that the panels pass around. */
export type Community = NonNullable<CommunityOverviewQuery['community']>;
export type EnterprisePage = NonNullable<Community['enterprises']>;
export type EnterpriseRow = EnterprisePage['nodes'][number];
export type TeamCompliance = NonNullable<NonNullable<PatrolComplianceQuery['patrolTeam']>['compliance']> & { readonly teamId: string };
export type SubDistrictChoice = NonNullable<SubDistrictsQuery['subDistricts']>[number];

// The dashboard's own page query selects exactly the overview's enterprise fields, so a next page renders like the first.
export type NextEnterprisePage = NonNullable<NonNullable<CommunityEnterprisesQuery['community']>['enterprises']>;
