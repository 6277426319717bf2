import { BadUserInputError, requireDate } from '@governance/kit';

/** Talk events began in Suzhou on 2009-04-09; nothing is recorded before that year. */
export const TALK_EVENTS_BEGIN = '2009-01-01';
/** Patrol and incident records reach back further than the talks, but not before this day. */
export const RECORDS_BEGIN = '2000-01-01';
/** A count beyond this is a typing error, not a talk or a shift. */
export const MAX_COUNT = 100_000;
/** Compliance over more days than three years (one leap day included) is refused. */
export const MAX_COMPLIANCE_DAYS = 1_096;

export { boundedMultilineText, boundedText } from '@governance/kit';

/** A whole number from 0 to `max`. */
export function requireCount(field: string, value: number, max: number = MAX_COUNT): void {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new BadUserInputError(field, `must be a whole number from 0 to ${max} (got ${value})`);
}

/** A day of a record: not before `earliest`, and not after today in Suzhou (the kit's date policy). */
export function requireRecordDate(field: string, date: string, earliest: string): void {
  requireDate(field, date, { earliest });
}

/** `from` must not be after `to` (the error names `from`). */
export function requireOrderedRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw new BadUserInputError('from', `must not be after to (${from} > ${to})`);
}

/** A year a client may filter by. */
export function requireYear(field: string, year: number): void {
  if (!Number.isInteger(year) || year < 1949 || year > 2999) throw new BadUserInputError(field, `must be a year from 1949 to 2999 (got ${year})`);
}
