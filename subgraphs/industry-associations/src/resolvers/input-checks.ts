import { QueryFailedError } from 'typeorm';
import { BadUserInputError, creditCodeProblem, requireValid } from '@governance/kit';
import type { Association } from '../entities/association.entity';
import type { AssociationsContext } from '../loaders';

/** Years the safe-community records can be about: the movement began in 1989; nothing is filed a century ahead. */
export const FIRST_YEAR = 1989;
export const LAST_YEAR = 2100;

/** A trimmed string of bounded length, or a BAD_USER_INPUT naming the field. */
export function boundedText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new BadUserInputError(field, `must be 1 to ${max} characters`);
  return trimmed;
}

export function requireYear(field: string, year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw new BadUserInputError(field, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
}

/** Trademark registration numbers are the digits the Trademark Office assigns. */
export function registrationNumberProblem(value: string): string | null {
  return /^\d{1,20}$/.test(value) ? null : `must be 1 to 20 digits (got "${value}")`;
}

/** An association of this register, by a credit code the client sent in `field`. */
export async function requireAssociation(field: string, creditCode: string, { loaders }: AssociationsContext): Promise<Association> {
  requireValid(field, creditCode, creditCodeProblem);
  const association = await loaders.association.load(creditCode);
  if (!association) throw new BadUserInputError(field, `no association with creditCode "${creditCode}" in the register`);
  return association;
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
