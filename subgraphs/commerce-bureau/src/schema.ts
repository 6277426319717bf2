import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { CommerceContext } from './loaders';
import { CommunityResolver } from './resolvers/community.resolver';
import { EnterpriseResolver } from './resolvers/enterprise.resolver';
import { references } from './resolvers/references';
import { VenueResolver } from './resolvers/venue.resolver';

export function buildCommerceSchema(): GraphQLSchema {
  return buildFederatedSchema<CommerceContext>({
    resolvers: [EnterpriseResolver, CommunityResolver, VenueResolver],
    references,
  });
}
