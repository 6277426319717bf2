import type { DataSource } from 'typeorm';

type Row = { community: string; status: string; enterprises: string | number };

/** One line a row, the count as a number (MySQL: COUNT as a string); sorted, so that either database's order compares. */
function lines(rows: readonly Row[]): string[] {
  return rows.map((row) => `${row.community} ${row.status} ${Number(row.enterprises)}`).sort();
}

/**
 * Expects the enterprise counts commerce-bureau's triggers keep per community
 * and licence status (rows that came back to zero left out: a status a
 * community no longer has keeps its row) to equal what a GROUP BY over the
 * registry counts, whole result set against whole result set.
 */
export async function expectEnterpriseCountsToMatchRegistry(db: DataSource): Promise<void> {
  const kept: Row[] = await db.query('SELECT community_code AS community, license_status AS status, enterprises FROM community_enterprise_total WHERE enterprises <> 0');
  const direct: Row[] = await db.query(
    'SELECT community_code AS community, license_status AS status, COUNT(*) AS enterprises FROM enterprise GROUP BY community_code, license_status',
  );
  expect(lines(kept)).toEqual(lines(direct));
}
