import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { AssociationsContext } from './loaders';
import { AssociationResolver } from './resolvers/association.resolver';
import { references } from './resolvers/references';

export function buildAssociationsSchema(): GraphQLSchema {
  return buildFederatedSchema<AssociationsContext>({ resolvers: [AssociationResolver], references });
}
