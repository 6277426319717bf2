import { BadUserInputError } from '../errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/** A validated page: how many nodes, after which sort key. */
export interface PageRequest {
  readonly limit: number;
  readonly after?: string;
}

const CURSOR_PREFIX = 'c1:';

/** Cursors are opaque to clients: a versioned, encoded sort key. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${sortKey}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX) || decoded.length === CURSOR_PREFIX.length) {
    throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/** Validates `first` / `after` as clients send them. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be from 0 to ${MAX_PAGE_SIZE} (got ${limit})`);
  }
  return after === null || after === undefined ? { limit } : { limit, after: decodeCursor(after) };
}
