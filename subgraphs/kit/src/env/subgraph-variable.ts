/**
 * The name of a variable about one subgraph: `subgraphVariable('commerce-bureau', 'URL')`
 * is `COMMERCE_BUREAU_URL`. Every service and tool names them this way, so an
 * operator sets one variable and every reader finds it.
 */
export function subgraphVariable(subgraph: string, suffix: string): string {
  return `${subgraph.toUpperCase().replace(/-/g, '_')}_${suffix}`;
}
