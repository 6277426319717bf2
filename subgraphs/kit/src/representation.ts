import type { ReferenceResolver, Representation } from './build-subgraph';

/** A key field of an entity representation as a string, or null when another subgraph sent something else. */
export function requireKey(representation: Representation, field: string): string | null {
  const value = representation[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The reference resolver of an entity with a single string key:
 * `Community: referenceBy('code', (code, { loaders }) => loaders.community.load(code))`.
 */
export function referenceBy<TContext>(field: string, load: (key: string, context: TContext) => unknown): ReferenceResolver<TContext> {
  return (representation, context) => {
    const key = requireKey(representation, field);
    return key === null ? null : load(key, context);
  };
}
