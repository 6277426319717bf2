import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { CommitteesContext } from './loaders';
import { CommunityResolver } from './resolvers/community.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { references } from './resolvers/references';
import { SubDistrictResolver } from './resolvers/sub-district.resolver';

export function buildCommitteesSchema(): GraphQLSchema {
  return buildFederatedSchema<CommitteesContext>({
    resolvers: [SubDistrictResolver, CommunityResolver, PersonResolver],
    references,
  });
}
