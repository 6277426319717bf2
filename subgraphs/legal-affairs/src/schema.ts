import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { LegalAffairsContext } from './loaders';
import { AdministrativeBodyResolver } from './resolvers/administrative-body.resolver';
import { EnterpriseResolver } from './resolvers/enterprise.resolver';
import { ReconsiderationCaseResolver } from './resolvers/reconsideration-case.resolver';
import { ReconsiderationStatsResolver } from './resolvers/reconsideration-stats.resolver';
import { ReconsiderationWritesResolver } from './resolvers/reconsideration-writes.resolver';
import { references } from './resolvers/references';

export function buildLegalAffairsSchema(): GraphQLSchema {
  return buildFederatedSchema<LegalAffairsContext>({
    subgraph: 'legal-affairs',
    resolvers: [ReconsiderationCaseResolver, ReconsiderationWritesResolver, ReconsiderationStatsResolver, AdministrativeBodyResolver, EnterpriseResolver],
    references,
  });
}
