import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { AssociationsContext } from './loaders';
import { AssociationResolver } from './resolvers/association.resolver';
import { CertificationMarkResolver, MarkAuthorisationResolver } from './resolvers/certification-mark.resolver';
import { CommunityResolver } from './resolvers/community.resolver';
import { EnterpriseResolver } from './resolvers/enterprise.resolver';
import { MembershipResolver } from './resolvers/membership.resolver';
import { references } from './resolvers/references';
import { SafeCommunityWorkResolver } from './resolvers/safe-community-work.resolver';
import { SafeCommunityDesignationResolver, SafeCommunityRecordsResolver } from './resolvers/safe-community.resolver';
import { ServiceContractResolver } from './resolvers/service-contract.resolver';

export function buildAssociationsSchema(): GraphQLSchema {
  return buildFederatedSchema<AssociationsContext>({
    subgraph: 'industry-associations',
    resolvers: [
      AssociationResolver,
      MembershipResolver,
      CertificationMarkResolver,
      MarkAuthorisationResolver,
      ServiceContractResolver,
      SafeCommunityDesignationResolver,
      SafeCommunityRecordsResolver,
      SafeCommunityWorkResolver,
      EnterpriseResolver,
      CommunityResolver,
    ],
    references,
  });
}
