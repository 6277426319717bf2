import { BadUserInputError, creditCodeProblem, requireDate, requireValid, type DateLimit } from '@governance/kit';
import type { Association } from '../entities/association.entity';
import type { AssociationsContext } from '../loaders';

/** Years the safe-community records can be about: the movement began in 1989; nothing is filed a century ahead. */
export const FIRST_YEAR = 1989;
export const LAST_YEAR = 2100;

export { boundedText } from '@governance/kit';

/** Memberships and contracts the associations file reach back to 1949 at most; contracts and mark use may be agreed ahead, to the end of LAST_YEAR. */
export const RECORDS_BEGIN = '1949-10-01';
export const RECORDS_END = `${LAST_YEAR}-12-31`;

/** A day in the associations' records, within `earliest` and `latest` (today unless said). */
export function requireRecordDate(field: string, value: string, earliest: DateLimit = RECORDS_BEGIN, latest: DateLimit = 'today'): string {
  return requireDate(field, value, { earliest, latest });
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
