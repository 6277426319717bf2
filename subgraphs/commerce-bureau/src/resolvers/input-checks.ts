import { BadUserInputError, requireDate } from '@governance/kit';

/** Nothing the bureau registers predates the People's Republic. */
export const EARLIEST_DATE = '1949-10-01';

/** Amounts must fit DECIMAL(18, 2). */
const MAX_AMOUNT = 1e15;

export { boundedMultilineText, boundedText, suzhouToday as today } from '@governance/kit';

/** A date from `notBefore` up to today in Suzhou (the kit's date policy). */
export function pastDate(field: string, value: string, notBefore: { date: string; what: string } = { date: EARLIEST_DATE, what: EARLIEST_DATE }): string {
  return requireDate(field, value, { earliest: notBefore });
}

/** An amount in yuan or tonnes: finite, at least `min`, small enough for its column. */
export function amount(field: string, value: number, min = 0): number {
  if (!Number.isFinite(value) || value < min || value >= MAX_AMOUNT) throw new BadUserInputError(field, `must be from ${min} to less than ${MAX_AMOUNT}`);
  return value;
}
