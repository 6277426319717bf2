import { el } from './dom.js';
import type { GraphQLResult, MaskedFieldNote } from './graphql-client.js';

/** The masked-field notes of several answers, one per field and reason. */
export function maskedNotes(results: ReadonlyArray<GraphQLResult<unknown>>): MaskedFieldNote[] {
  const notes = new Map<string, MaskedFieldNote>();
  for (const note of results.flatMap((result) => result.extensions?.personalData?.masked ?? [])) notes.set(`${note.owner} ${note.coordinate} ${note.reason}`, note);
  return [...notes.values()].sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/** Why personal fields on the page are masked, in the owner's words: shown above the panels. */
export function renderMaskedNotes(notes: readonly MaskedFieldNote[]): HTMLElement[] {
  if (notes.length === 0) return [];
  return [
    el(
      'section',
      { className: 'personal-data', 'aria-label': 'Masked personal data' },
      el('h2', {}, 'Personal data shown masked'),
      ...notes.map((note) => el('p', { className: 'masked-note', 'data-masked': note.coordinate, 'data-reason': note.reason }, note.message)),
    ),
  ];
}
