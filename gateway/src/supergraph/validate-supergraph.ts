import { Supergraph } from '@apollo/federation-internals';

/**
 * Why a supergraph file cannot be served, or null when it can: it must be a
 * valid composed supergraph (what @apollo/gateway builds it with, validation
 * on), with an API schema, naming only subgraphs the gateway knows how to reach.
 */
export function supergraphProblem(sdl: string, configured: ReadonlySet<string>): string | null {
  try {
    const supergraph = Supergraph.build(sdl, { validateSupergraph: true });
    const unknown = supergraph
      .subgraphsMetadata()
      .map((subgraph) => subgraph.name)
      .filter((name) => !configured.has(name));
    if (unknown.length > 0) return `it names subgraphs the gateway has no configuration for: ${unknown.join(', ')} (add them to agencies.json)`;
    supergraph.apiSchema();
    return null;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
  }
}
