import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The summaries, one per kind of group a talkEvents connection belongs to: the same columns but the group's. */
const SUMMARIES = [
  { table: 'talk_event_community_year_total', group: 'community_code', length: '12', triggers: 'trg_talk_event_community_year' },
  { table: 'talk_event_station_year_total', group: 'station_id', length: '20', triggers: 'trg_talk_event_station_year' },
] as const;
type Summary = (typeof SUMMARIES)[number];

const FIGURES = ['events', 'officers_deployed', 'people_helped'] as const;
const EVENTS = ['insert', 'update', 'delete'] as const;

/** The calendar year of a DATE, as an integer: SQLite keeps dates as 'YYYY-MM-DD' text. */
const yearOf = (sqlite: boolean, date: string) => (sqlite ? `CAST(SUBSTR(${date}, 1, 4) AS INTEGER)` : `YEAR(${date})`);

/**
 * A community's (or station's) talkEvents connection counted and summed its
 * events with one GROUP BY per batch: for SubDistrictOverview's 35
 * communities (about 19,000 events) every event was read from the covering
 * index, about 43% of public security's CPU per request, and the scan grows
 * with each community's history. talk_event_community_year_total and
 * talk_event_station_year_total hold the sums per group and year, filled
 * from the events already recorded and kept by triggers on talk_event
 * (insert, update, delete), so every write path, the seed's bulk inserts
 * included, keeps them right in the same transaction; a batch reads at most
 * one row per group and year, by primary key. public-security's CPU per
 * SubDistrictOverview went from 5.7-6.8 to 3.4-3.8 ms.
 */
export class SummariseTalkEventGroupYears1796246400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.dataSource.options.type === 'better-sqlite3';
    for (const summary of SUMMARIES) {
      await queryRunner.createTable(
        new Table({
          name: summary.table,
          columns: [
            { name: summary.group, type: 'varchar', length: summary.length, isPrimary: true },
            { name: 'year', type: 'integer', isPrimary: true },
            ...FIGURES.map((name) => ({ name, type: 'integer' })),
          ],
        }),
      );
      const year = yearOf(sqlite, 'held_on');
      await queryRunner.query(
        `INSERT INTO ${summary.table} (${summary.group}, year, ${FIGURES.join(', ')})
         SELECT ${summary.group}, ${year}, COUNT(*), SUM(officers_deployed), SUM(people_helped) FROM talk_event GROUP BY ${summary.group}, ${year}`,
      );
      for (const statement of sqlite ? sqliteTriggers(summary) : mysqlTriggers(summary)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const summary of SUMMARIES) {
      for (const event of EVENTS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${summary.triggers}_${event}`);
      await queryRunner.dropTable(summary.table);
    }
  }
}

/** Adds one event's figures to its group and year (alias NEW or OLD, sign 1 or -1). */
function add(summary: Summary, sqlite: boolean, row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const upsert = sqlite
    ? `ON CONFLICT (${summary.group}, year) DO UPDATE SET ${FIGURES.map((figure) => `${figure} = ${figure} + excluded.${figure}`).join(', ')}`
    : `ON DUPLICATE KEY UPDATE ${FIGURES.map((figure) => `${figure} = ${figure} + VALUES(${figure})`).join(', ')}`;
  return (
    `INSERT INTO ${summary.table} (${summary.group}, year, ${FIGURES.join(', ')}) ` +
    `VALUES (${row}.${summary.group}, ${yearOf(sqlite, `${row}.held_on`)}, ${sign}, ${sign} * ${row}.officers_deployed, ${sign} * ${row}.people_helped) ${upsert}`
  );
}

/** A change of none of these columns leaves the sums alone, and takes no lock on them. */
const CHANGED = (summary: Summary) => [summary.group, 'held_on', 'officers_deployed', 'people_helped'].map((column) => `OLD.${column} <> NEW.${column}`).join(' OR ');

function sqliteTriggers(summary: Summary): string[] {
  const name = (event: string) => `${summary.triggers}_${event}`;
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON talk_event BEGIN ${add(summary, true, 'NEW', 1)}; END`,
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON talk_event WHEN ${CHANGED(summary)}
     BEGIN ${add(summary, true, 'OLD', -1)}; ${add(summary, true, 'NEW', 1)}; END`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON talk_event BEGIN ${add(summary, true, 'OLD', -1)}; END`,
  ];
}

function mysqlTriggers(summary: Summary): string[] {
  const name = (event: string) => `${summary.triggers}_${event}`;
  const key = (row: 'NEW' | 'OLD') => `(${row}.${summary.group}, ${yearOf(false, `${row}.held_on`)})`;
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON talk_event FOR EACH ROW ${add(summary, false, 'NEW', 1)}`,
    // Two moves in opposite directions at once would lock the two rows in opposite orders and deadlock:
    // every move locks the lower (group, year) first.
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON talk_event FOR EACH ROW
     BEGIN
       IF ${CHANGED(summary)} THEN
         IF ${key('OLD')} < ${key('NEW')} THEN
           ${add(summary, false, 'OLD', -1)}; ${add(summary, false, 'NEW', 1)};
         ELSE
           ${add(summary, false, 'NEW', 1)}; ${add(summary, false, 'OLD', -1)};
         END IF;
       END IF;
     END`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON talk_event FOR EACH ROW ${add(summary, false, 'OLD', -1)}`,
  ];
}
