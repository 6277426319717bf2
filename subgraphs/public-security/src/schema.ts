import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { SecurityContext } from './loaders';
import { PoliceStationResolver } from './resolvers/police-station.resolver';
import { references } from './resolvers/references';

export function buildSecuritySchema(): GraphQLSchema {
  return buildFederatedSchema<SecurityContext>({ resolvers: [PoliceStationResolver], references });
}
