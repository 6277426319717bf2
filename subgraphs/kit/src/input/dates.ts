import { BadUserInputError } from '../errors';
import { isIsoDate } from '../scalars/date.scalar';

/**
 * Suzhou keeps China Standard Time, UTC+8 all year: China has had no
 * daylight saving since September 1991, so every "today" this platform asks
 * for is the UTC date eight hours on.
 *
 * Not an Intl.DateTimeFormat for Asia/Shanghai, which gave the same answer
 * but loaded ICU's time-zone data into every subgraph: 5-8 MB more resident
 * each (pages of the node binary plus ICU's own memory), 27 MB over the
 * five at idle (README, Memory). `test/suzhou-today.test.ts` holds the two
 * to the same answer.
 */
const CHINA_STANDARD_TIME_MS = 8 * 3_600_000;

/** Today's date in Suzhou, YYYY-MM-DD, for any instant since September 1991. */
export function suzhouToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_STANDARD_TIME_MS).toISOString().slice(0, 10);
}

/** One end of a field's range: a fixed day, a day named for the message (`the venue opened`), or `'today'` (today in Suzhou). */
export type DateLimit = string | { readonly date: string; readonly what: string };

export interface DateRange {
  readonly earliest: DateLimit;
  /** Defaults to today: records are of things that happened. */
  readonly latest?: DateLimit;
}

/**
 * The date policy every subgraph applies to a date a client sends: a
 * calendar date (the Date scalar has already refused 2011-02-30 and
 * +275760-09-13) within the field's own range, so that no birth date lies in
 * 2099 and no talk predates the talks. The error names the field.
 */
export function requireDate(field: string, value: string, range: DateRange): string {
  if (!isIsoDate(value)) throw new BadUserInputError(field, `must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`);
  const earliest = resolve(range.earliest);
  const latest = resolve(range.latest ?? 'today');
  if (value < earliest.date) throw new BadUserInputError(field, `must not be before ${earliest.what} (got ${value})`);
  if (value > latest.date)
    throw new BadUserInputError(field, latest.today ? `must not be in the future (today is ${latest.date}, got ${value})` : `must not be after ${latest.what} (got ${value})`);
  return value;
}

function resolve(limit: DateLimit): { date: string; what: string; today: boolean } {
  if (limit === 'today') {
    const today = suzhouToday();
    return { date: today, what: today, today: true };
  }
  return typeof limit === 'string' ? { date: limit, what: limit, today: false } : { ...limit, today: false };
}
