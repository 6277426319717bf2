import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSdl {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/**
 * Composition hints we have read and decided to live with, by hint code and
 * the exact message. Anything else fails `npm run compose` and the schema test.
 */
export const ACCEPTED_HINTS: ReadonlyArray<{ readonly code: string; readonly message: string; readonly why: string }> = [];

type CompositionHint = NonNullable<ReturnType<typeof composeServices>['hints']>[number];

export class CompositionFailed extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Composition failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'CompositionFailed';
  }
}

function isAccepted(hint: CompositionHint): boolean {
  return ACCEPTED_HINTS.some((accepted) => accepted.code === hint.definition.code && accepted.message === hint.message);
}

/** Composes the supergraph with @apollo/composition; errors and unaccepted hints fail it. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new CompositionFailed(result.errors.map((error) => error.message));
  const unaccepted = result.hints.filter((hint) => !isAccepted(hint));
  if (unaccepted.length > 0) throw new CompositionFailed(unaccepted.map((hint) => `hint ${hint.definition.code}: ${hint.message}`));
  return result.supergraphSdl;
}
