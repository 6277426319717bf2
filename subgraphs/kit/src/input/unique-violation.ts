import { QueryFailedError } from 'typeorm';

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
