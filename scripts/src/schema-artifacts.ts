import path from 'node:path';
import { printApiSchema } from '@governance/gateway/api-schema';
import { composeSupergraph } from '@governance/gateway/compose';
import { defaultSubgraphUrl } from '@governance/gateway/subgraph-list';
import { printSubgraphSdl } from '@governance/kit';
import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { loadSubgraphDefinition } from './agency-packages';
import { typePoliciesOf } from './type-policies';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/**
 * The files of schema/, as the code produces them now: each agency's SDL
 * printed from its resolvers, the supergraph composed from those SDLs, and
 * what clients read from it: the API schema (`api.graphql`, for codegen) and
 * Apollo Client type policies keyed as the entities' `@key`s say.
 */
export function buildSchemaArtifacts(manifest: AgencyManifest = agencyManifest()): Map<string, string> {
  const files = new Map<string, string>();
  const sdls = manifest.agencies.map((agency) => {
    const sdl = printSubgraphSdl(loadSubgraphDefinition(manifest, agency).buildSchema());
    files.set(`${agency.name}.graphql`, sdl);
    return { name: agency.name, url: defaultSubgraphUrl(agency.defaultPort), sdl };
  });
  const supergraph = `${composeSupergraph(sdls).trim()}\n`;
  files.set('supergraph.graphql', supergraph);
  files.set('api.graphql', printApiSchema(supergraph));
  files.set('type-policies.json', `${JSON.stringify(typePoliciesOf(supergraph), null, 2)}\n`);
  return files;
}
