import path from 'node:path';
import { composeSupergraph } from '@governance/gateway/compose';
import { SUBGRAPHS, defaultSubgraphUrl } from '@governance/gateway/subgraph-list';
import { printSubgraphSdl } from '@governance/kit';
import { subgraphDefinitions } from './subgraph-definitions';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/**
 * The files of schema/, as the code produces them now: each subgraph's SDL
 * printed from its resolvers, and the supergraph composed from those SDLs.
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
  files.set('supergraph.graphql', `${composeSupergraph(sdls).trim()}\n`);
  return files;
}
