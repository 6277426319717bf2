import type { DataSource } from 'typeorm';

/**
 * A table that database triggers keep as a summary of another: what to
 * compare it with is a GROUP BY over the table it summarises.
 */
export interface SummaryTable {
  readonly table: string;
  /** The table it summarises. */
  readonly source: string;
  /** Each key: its column in the summary, and the expression over the source it stands for. */
  readonly keys: ReadonlyArray<readonly [kept: string, counted: string]>;
  /** Each figure: its column in the summary, and the aggregate over the source it stands for. */
  readonly figures: ReadonlyArray<readonly [kept: string, counted: string]>;
}

/** A key as the driver returns it (MySQL: a DATE as a Date, a SUBSTR as a string); figures as numbers or (MySQL: COUNT, SUM) strings. */
type Row = Record<string, string | number | Date>;

/**
 * The summary's rows (those whose figures all came back to zero left out: a
 * key that lost its last row keeps its summary row) and the GROUP BY's, one
 * line a row with keys as text (2010 and '2010' alike) and figures as
 * numbers; sorted, so that either database's order compares.
 */
export async function summaryAndSource(db: DataSource, summary: SummaryTable): Promise<{ kept: string[]; counted: string[] }> {
  const select = (side: 0 | 1) => [...summary.keys.map((key, index) => `${key[side]} AS k${index}`), ...summary.figures.map((figure, index) => `${figure[side]} AS f${index}`)];
  const lines = (rows: readonly Row[]) =>
    rows.map((row) => [...summary.keys.map((_, index) => String(row[`k${index}`])), ...summary.figures.map((_, index) => Number(row[`f${index}`]))].join(' ')).sort();
  const nonZero = summary.figures.map(([kept]) => `${kept} <> 0`).join(' OR ');
  const kept: Row[] = await db.query(`SELECT ${select(0).join(', ')} FROM ${summary.table} WHERE ${nonZero}`);
  const counted: Row[] = await db.query(`SELECT ${select(1).join(', ')} FROM ${summary.source} GROUP BY ${summary.keys.map(([, key]) => key).join(', ')}`);
  return { kept: lines(kept), counted: lines(counted) };
}

/** Expects the summary to equal what a GROUP BY over its source finds, whole result set against whole result set. */
export async function expectSummaryToMatchSource(db: DataSource, summary: SummaryTable): Promise<void> {
  const { kept, counted } = await summaryAndSource(db, summary);
  expect({ table: summary.table, rows: kept }).toEqual({ table: summary.table, rows: counted });
}
