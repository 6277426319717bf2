import { QueryFailedError, type DataSource } from 'typeorm';
import { BadUserInputError } from '../errors';

/**
 * True when an insert broke a unique index: the check before it lost a race
 * with a concurrent write. SQLite says SQLITE_CONSTRAINT_UNIQUE; MySQL and
 * MariaDB say ER_DUP_ENTRY.
 */
export function isUniqueViolation(error: unknown): error is QueryFailedError {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  const code = typeof driverError === 'object' && driverError !== null && 'code' in driverError ? driverError.code : undefined;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY';
}

/**
 * The entity property a unique violation is about, read from the failed
 * statement's table and the driver's message: SQLite names the columns
 * ("UNIQUE constraint failed: enterprise.credit_code"), MySQL and MariaDB the
 * key ("for key 'PRIMARY'", "for key 'enterprise.IDX_...'"). Of a composite
 * key the last column is named, since keys put their scope first
 * (association, enterprise). Null when it cannot be told.
 */
export function uniqueViolationField(error: QueryFailedError, dataSource: DataSource): string | null {
  const table = /^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE)\s+[`"]?(\w+)[`"]?/i.exec(error.query ?? '')?.[1];
  const metadata = dataSource.entityMetadatas.find((entity) => entity.tableName === table);
  if (metadata === undefined) return null;
  const message = error.message;
  const sqliteColumns = /constraint failed: ([\w., ]+)/i
    .exec(message)?.[1]
    .split(',')
    .map((column) => column.trim().split('.').at(-1) ?? '');
  const key = /for key '(?:\w+\.)?([^']+)'/i.exec(message)?.[1];
  const keyColumns =
    key === undefined
      ? undefined
      : key === 'PRIMARY'
        ? metadata.primaryColumns
        : (metadata.indices.find((index) => index.name === key)?.columns ?? metadata.uniques.find((unique) => unique.name === key)?.columns);
  const column = sqliteColumns?.at(-1) ?? keyColumns?.at(-1)?.databaseName;
  return metadata.columns.find((candidate) => candidate.databaseName === column)?.propertyName ?? null;
}

/**
 * What a write that lost a race for a unique value answers: the same
 * BAD_USER_INPUT a slower duplicate gets from the check before the write,
 * naming the field, never INTERNAL_SERVER_ERROR.
 */
export function duplicateError(error: QueryFailedError, dataSource: DataSource): BadUserInputError {
  const field = uniqueViolationField(error, dataSource) ?? 'input';
  return new BadUserInputError(field, 'is already recorded (a concurrent request recorded the same just before); nothing was written');
}
