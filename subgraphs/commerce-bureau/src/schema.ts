import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { CommerceContext } from './loaders';
import { CommunityResolver } from './resolvers/community.resolver';
import { EmissionAgreementResolver } from './resolvers/emission-agreement.resolver';
import { EnforcementResolver } from './resolvers/enforcement.resolver';
import { EnterpriseResolver } from './resolvers/enterprise.resolver';
import { references } from './resolvers/references';
import { RegistrationResolver } from './resolvers/registration.resolver';
import { StallResolver } from './resolvers/stall.resolver';
import { VenueResolver } from './resolvers/venue.resolver';

export function buildCommerceSchema(): GraphQLSchema {
  return buildFederatedSchema<CommerceContext>({
    subgraph: 'commerce-bureau',
    resolvers: [EnterpriseResolver, RegistrationResolver, EnforcementResolver, EmissionAgreementResolver, CommunityResolver, VenueResolver, StallResolver],
    references,
  });
}
