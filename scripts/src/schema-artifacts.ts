import path from 'node:path';
import { composeSupergraph } from '@governance/gateway/compose';
import { defaultSubgraphUrl } from '@governance/gateway/subgraph-list';
import { printSubgraphSdl } from '@governance/kit';
import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { loadSubgraphDefinition } from './agency-packages';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/**
 * The files of schema/, as the code produces them now: each agency's SDL
 * printed from its resolvers, and the supergraph composed from those SDLs.
 */
export function buildSchemaArtifacts(manifest: AgencyManifest = agencyManifest()): Map<string, string> {
  const files = new Map<string, string>();
  const sdls = manifest.agencies.map((agency) => {
    const sdl = printSubgraphSdl(loadSubgraphDefinition(manifest, agency).buildSchema());
    files.set(`${agency.name}.graphql`, sdl);
    return { name: agency.name, url: defaultSubgraphUrl(agency.defaultPort), sdl };
  });
  files.set('supergraph.graphql', `${composeSupergraph(sdls).trim()}\n`);
  return files;
}
