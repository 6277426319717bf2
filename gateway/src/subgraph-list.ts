import { subgraphVariable } from '@governance/kit/env';

/**
 * The subgraphs the gateway composes, with the port each listens on by
 * default. A new bureau joins by adding a line here and its SDL to schema/.
 */
export const SUBGRAPHS = [
  { name: 'community-committees', defaultPort: 4001 },
  { name: 'public-security', defaultPort: 4002 },
  { name: 'industry-associations', defaultPort: 4003 },
  { name: 'commerce-bureau', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** `commerce-bureau` -> `COMMERCE_BUREAU_URL`: where the gateway finds that subgraph. */
export function subgraphUrlVariable(name: string): string {
  return subgraphVariable(name, 'URL');
}

export function defaultSubgraphUrl(defaultPort: number): string {
  return `http://localhost:${defaultPort}/graphql`;
}
