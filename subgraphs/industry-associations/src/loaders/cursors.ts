import { BadUserInputError } from '@governance/kit';

/** Cursors of composite sort keys carry their parts joined by this character, which no part contains. */
const SEPARATOR = '|';

/** The sort key of a row as the decoded cursor of the page that ends with it. */
export function joinCursor(parts: readonly (string | number)[]): string {
  return parts.map(String).join(SEPARATOR);
}

/** The parts of a decoded cursor, or undefined for the first page; a cursor of another shape is the client's mistake. */
export function splitCursor(after: string | undefined, expectedParts: number): string[] | undefined {
  if (after === undefined) return undefined;
  const parts = after.split(SEPARATOR);
  if (parts.length !== expectedParts || parts.some((part) => part === '')) {
    throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
  }
  return parts;
}
