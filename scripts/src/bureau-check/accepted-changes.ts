import fs from 'node:fs';
import path from 'node:path';

/** A breaking change a bureau marks as intended, with why (its package's accepted-breaking-changes.json). */
export interface AcceptedChange {
  /** The schema coordinate the check reports (`Enterprise.licenseStatus`). */
  readonly coordinate: string;
  /** graphql-inspector's change type (`FIELD_REMOVED`). */
  readonly type: string;
  readonly reason: string;
}

export const ACCEPTED_CHANGES_FILE = 'accepted-breaking-changes.json';

/** The package's accepted breaking changes; none when it has no file. A malformed file is an error that says so. */
export function readAcceptedChanges(packageDir: string): AcceptedChange[] {
  const file = path.join(packageDir, ACCEPTED_CHANGES_FILE);
  if (!fs.existsSync(file)) return [];
  const content = JSON.parse(fs.readFileSync(file, 'utf8')) as { accepted?: unknown };
  const list = Array.isArray(content.accepted) ? content.accepted : undefined;
  const valid = (entry: unknown): entry is AcceptedChange =>
    typeof entry === 'object' &&
    entry !== null &&
    ['coordinate', 'type', 'reason'].every((key) => typeof (entry as Record<string, unknown>)[key] === 'string' && (entry as Record<string, string>)[key].trim() !== '');
  if (list === undefined || !list.every(valid)) throw new Error(`${file} must be { "accepted": [{ "coordinate": ..., "type": ..., "reason": ... }] }, each with a reason`);
  return list;
}
