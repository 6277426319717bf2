import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { subgraphVariable } from '@governance/kit/env';

export interface GatewaySubgraph {
  readonly name: string;
  readonly defaultPort: number;
}

/** The subgraphs the gateway composes and routes to: one per agency of the manifest, on its default port. */
export function gatewaySubgraphs(manifest: AgencyManifest = agencyManifest()): readonly GatewaySubgraph[] {
  return manifest.agencies.map(({ name, defaultPort }) => ({ name, defaultPort }));
}

/** The committed manifest's subgraphs. */
export const SUBGRAPHS = gatewaySubgraphs();

export type SubgraphName = string;

/** `commerce-bureau` -> `COMMERCE_BUREAU_URL`: where the gateway finds that subgraph. */
export function subgraphUrlVariable(name: string): string {
  return subgraphVariable(name, 'URL');
}

export function defaultSubgraphUrl(defaultPort: number): string {
  return `http://localhost:${defaultPort}/graphql`;
}
