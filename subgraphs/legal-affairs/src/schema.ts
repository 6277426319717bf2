import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { LegalAffairsContext } from './loaders';
import { references } from './resolvers/references';
import { ReconsiderationCaseResolver } from './resolvers/reconsideration-case.resolver';

export function buildLegalAffairsSchema(): GraphQLSchema {
  return buildFederatedSchema<LegalAffairsContext>({
    subgraph: 'legal-affairs',
    resolvers: [ReconsiderationCaseResolver],
    references,
  });
}
