import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import { committeesDataSharing } from './data-sharing';
import type { CommitteesContext } from './loaders';
import { EntrustmentAgreementResolver, VolunteerProgrammeResolver } from './resolvers/community-work.resolver';
import { CommunityResolver } from './resolvers/community.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { references } from './resolvers/references';
import { RegisterResolver } from './resolvers/register.resolver';
import { SubDistrictResolver } from './resolvers/sub-district.resolver';

export function buildCommitteesSchema(): GraphQLSchema {
  return buildFederatedSchema<CommitteesContext>({
    subgraph: 'community-committees',
    resolvers: [SubDistrictResolver, CommunityResolver, PersonResolver, VolunteerProgrammeResolver, EntrustmentAgreementResolver, RegisterResolver],
    references,
    dataSharing: committeesDataSharing,
  });
}
