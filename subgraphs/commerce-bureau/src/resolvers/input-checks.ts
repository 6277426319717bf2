import { BadUserInputError } from '@governance/kit';

/** Nothing the bureau registers predates the People's Republic. */
export const EARLIEST_DATE = '1949-10-01';

/** Amounts must fit DECIMAL(18, 2). */
const MAX_AMOUNT = 1e15;

// The bureau works in Suzhou: "today" is the date there, whatever the server's time zone.
const SUZHOU_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Suzhou, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const parts = new Map(SUZHOU_DATE.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`;
}

/** A trimmed string of 1 to `max` characters, or a BAD_USER_INPUT naming the field. */
export function boundedText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new BadUserInputError(field, `must be 1 to ${max} characters`);
  return trimmed;
}

/** A date (already a valid YYYY-MM-DD from the Date scalar) from `notBefore` up to today. */
export function pastDate(field: string, value: string, notBefore: { date: string; what: string } = { date: EARLIEST_DATE, what: EARLIEST_DATE }): string {
  if (value > today()) throw new BadUserInputError(field, `must not be in the future (today is ${today()})`);
  if (value < notBefore.date) throw new BadUserInputError(field, `must not be before ${notBefore.what}`);
  return value;
}

/** An amount in yuan or tonnes: finite, at least `min`, small enough for its column. */
export function amount(field: string, value: number, min = 0): number {
  if (!Number.isFinite(value) || value < min || value >= MAX_AMOUNT) throw new BadUserInputError(field, `must be from ${min} to less than ${MAX_AMOUNT}`);
  return value;
}
