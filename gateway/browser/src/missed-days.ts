const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Consecutive days, as one run: `from` to `to` inclusive. */
export interface DayRun {
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** ISO dates (any order, duplicates ignored) as runs of consecutive days, in date order. */
export function dayRuns(dates: readonly string[]): DayRun[] {
  const sorted = [...new Set(dates)].sort();
  const runs: DayRun[] = [];
  for (const date of sorted) {
    const last = runs.at(-1);
    if (last && dayNumber(date) === dayNumber(last.to) + 1) runs[runs.length - 1] = { from: last.from, to: date, days: last.days + 1 };
    else runs.push({ from: date, to: date, days: 1 });
  }
  return runs;
}

const short = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;

function runLabel(run: DayRun): string {
  if (run.days === 1) return short(run.from);
  return run.from.slice(5, 7) === run.to.slice(5, 7) ? `${Number(run.from.slice(8, 10))}–${short(run.to)}` : `${short(run.from)} – ${short(run.to)}`;
}

/**
 * Missed days in words a person can take in: the runs themselves when there
 * are few ("3–5 Feb, 12 Mar"), else a count per month ("Feb 3, Mar 1, ...",
 * with the longest run), so that a year with hundreds of missed days is one
 * line rather than a list of dates.
 */
export function describeMissedDays(dates: readonly string[], maxRuns = 6): string {
  const runs = dayRuns(dates);
  if (runs.length === 0) return 'no day missed';
  const total = runs.reduce((sum, run) => sum + run.days, 0);
  const days = `${total} day${total === 1 ? '' : 's'} missed`;
  if (runs.length <= maxRuns) return `${days}: ${runs.map(runLabel).join(', ')}`;
  const perMonth = new Map<string, number>();
  for (const date of new Set(dates)) perMonth.set(date.slice(0, 7), (perMonth.get(date.slice(0, 7)) ?? 0) + 1);
  const months = [...perMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${count}`);
  const longest = runs.reduce((best, run) => (run.days > best.days ? run : best));
  return `${days} in ${runs.length} runs, per month: ${months.join(', ')}; longest ${longest.days} days (${runLabel(longest)})`;
}
