import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { ForbiddenRequestError } from './auth-errors';

/** Federation's own root fields: they expose any entity by key and the whole SDL, so only the gateway may call them. */
const GATEWAY_ONLY_FIELDS = new Set(['_entities', '_service']);

/** Constant-time comparison; hashing first makes both sides the same length whatever was sent. */
export function secretMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * Refuses `_entities` and `_service` (HTTP 403) unless the call carried the
 * subgraph's secret; `fromGateway` is what the context worked out from the header.
 */
export function subgraphSecretPlugin<TContext extends { readonly fromGateway: boolean }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.fromGateway || operation === undefined) return;
          const fragments = new Map(document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
          const used = rootFields(operation.selectionSet, fragments).filter((name) => GATEWAY_ONLY_FIELDS.has(name));
          if (used.length > 0) throw new ForbiddenRequestError(`${used.join(' and ')} answer only the gateway: the subgraph secret header is missing or wrong`);
        },
      };
    },
  };
}

function rootFields(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (fragment === undefined || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}
