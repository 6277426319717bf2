import { QueryFailedError } from 'typeorm';
import { BadUserInputError } from './errors';

/** A trimmed string of 1 to `max` characters, or a BAD_USER_INPUT naming the field. */
export function boundedText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new BadUserInputError(field, `must be 1 to ${max} characters`);
  return trimmed;
}

// The agencies work in Suzhou: "today" is the date there, whatever the server's time zone.
const SUZHOU_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Suzhou, YYYY-MM-DD. */
export function suzhouToday(now: Date = new Date()): string {
  const parts = new Map(SUZHOU_DATE.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`;
}

/**
 * True when an insert broke a unique index: the check before it lost a race
 * with a concurrent write. SQLite says SQLITE_CONSTRAINT_UNIQUE; MySQL and
 * MariaDB say ER_DUP_ENTRY.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  const code = typeof driverError === 'object' && driverError !== null && 'code' in driverError ? driverError.code : undefined;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY';
}
