import type { DataSource } from 'typeorm';

/** A summary table public security's triggers keep on talk_event, and the key its rows are summed by. */
const SUMMARIES = [
  { table: 'talk_event_day_total', keys: ['held_on'], counted: ['held_on'] },
  // SUBSTR rather than the migration's own year expressions, so that the check does not repeat what it checks.
  { table: 'talk_event_community_year_total', keys: ['community_code', 'year'], counted: ['community_code', 'SUBSTR(held_on, 1, 4)'] },
  { table: 'talk_event_station_year_total', keys: ['station_id', 'year'], counted: ['station_id', 'SUBSTR(held_on, 1, 4)'] },
];

/** A key as the driver returns it (MySQL: a DATE as a Date, a SUBSTR as a string), and the figures (MySQL: sums as strings). */
type Key = string | number | Date;
type Row = { k0: Key; k1?: Key } & Record<'events' | 'officers' | 'helped', string | number>;

/** One line a row, the key as text (2010 and '2010' alike) and the figures as numbers; sorted, so that either database's order compares. */
function lines(rows: readonly Row[]): string[] {
  return rows.map((row) => [String(row.k0), ...(row.k1 === undefined ? [] : [String(row.k1)]), Number(row.events), Number(row.officers), Number(row.helped)].join(' ')).sort();
}

/**
 * Expects every summary of talk_event, as its table holds it (rows whose
 * figures all came back to zero left out: a deleted day or year keeps such a
 * row), to equal what a GROUP BY over talk_event counts, whole result set
 * against whole result set: after the seed, after writes, after concurrent writes.
 */
export async function expectTalkEventSummariesToMatchEvents(db: DataSource): Promise<void> {
  for (const { table, keys, counted } of SUMMARIES) {
    const as = (columns: readonly string[]) => columns.map((column, index) => `${column} AS k${index}`).join(', ');
    const kept: Row[] = await db.query(
      `SELECT ${as(keys)}, events, officers_deployed AS officers, people_helped AS helped FROM ${table} WHERE events <> 0 OR officers_deployed <> 0 OR people_helped <> 0`,
    );
    const direct: Row[] = await db.query(
      `SELECT ${as(counted)}, COUNT(*) AS events, SUM(officers_deployed) AS officers, SUM(people_helped) AS helped FROM talk_event GROUP BY ${counted.join(', ')}`,
    );
    expect({ table, rows: lines(kept) }).toEqual({ table, rows: lines(direct) });
  }
}
