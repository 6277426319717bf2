import path from 'node:path';
import { printApiSchema } from '@governance/gateway/api-schema';
import { composeSupergraph } from '@governance/gateway/compose';
import { SUBGRAPHS, defaultSubgraphUrl } from '@governance/gateway/subgraph-list';
import { printSubgraphSdl } from '@governance/kit';
import { subgraphDefinitions } from './subgraph-definitions';
import { typePoliciesOf } from './type-policies';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/**
 * The files of schema/, as the code produces them now: each subgraph's SDL
 * printed from its resolvers, the supergraph composed from those SDLs, and
 * what clients read from it: the API schema (`api.graphql`, for codegen) and
 * Apollo Client type policies keyed as the entities' `@key`s say.
 */
export function buildSchemaArtifacts(): Map<string, string> {
  const files = new Map<string, string>();
  const sdls = SUBGRAPHS.map(({ name, defaultPort }) => {
    const definition = subgraphDefinitions.find((candidate) => candidate.name === name);
    if (!definition) throw new Error(`The gateway lists ${name}, but no subgraph package defines it`);
    const sdl = printSubgraphSdl(definition.buildSchema());
    files.set(`${name}.graphql`, sdl);
    return { name, url: defaultSubgraphUrl(defaultPort), sdl };
  });
  const supergraph = `${composeSupergraph(sdls).trim()}\n`;
  files.set('supergraph.graphql', supergraph);
  files.set('api.graphql', printApiSchema(supergraph));
  files.set('type-policies.json', `${JSON.stringify(typePoliciesOf(supergraph), null, 2)}\n`);
  return files;
}
