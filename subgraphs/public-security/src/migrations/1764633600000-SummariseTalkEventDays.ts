import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * TalkEventStats sums every event of its range: even from a covering index,
 * ten times the events took ten times as long. talk_event_day_total holds
 * the sums per day, filled from the events already recorded and kept by
 * triggers on talk_event (insert, update, delete), so every write path,
 * the seed's bulk inserts included, keeps it right in the same transaction.
 */
export class SummariseTalkEventDays1764633600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'talk_event_day_total',
        columns: [
          { name: 'held_on', type: 'date', isPrimary: true },
          { name: 'events', type: 'integer' },
          { name: 'officers_deployed', type: 'integer' },
          { name: 'people_helped', type: 'integer' },
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO talk_event_day_total (held_on, events, officers_deployed, people_helped)
       SELECT held_on, COUNT(*), SUM(officers_deployed), SUM(people_helped) FROM talk_event GROUP BY held_on`,
    );
    const sqlite = queryRunner.dataSource.options.type === 'better-sqlite3';
    for (const statement of sqlite ? sqliteTriggers() : mysqlTriggers()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${trigger}`);
    await queryRunner.dropTable('talk_event_day_total');
  }
}

const TRIGGERS = ['trg_talk_event_day_insert', 'trg_talk_event_day_update', 'trg_talk_event_day_delete'];

/** Adds one event's figures to its day (alias NEW or OLD, sign 1 or -1). */
const ADD = (row: 'NEW' | 'OLD', sign: 1 | -1, upsert: string) =>
  `INSERT INTO talk_event_day_total (held_on, events, officers_deployed, people_helped) VALUES (${row}.held_on, ${sign}, ${sign} * ${row}.officers_deployed, ${sign} * ${row}.people_helped) ${upsert}`;

function sqliteTriggers(): string[] {
  const upsert =
    'ON CONFLICT (held_on) DO UPDATE SET events = events + excluded.events, officers_deployed = officers_deployed + excluded.officers_deployed, people_helped = people_helped + excluded.people_helped';
  return [
    `CREATE TRIGGER trg_talk_event_day_insert AFTER INSERT ON talk_event BEGIN ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_talk_event_day_update AFTER UPDATE ON talk_event BEGIN ${ADD('OLD', -1, upsert)}; ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_talk_event_day_delete AFTER DELETE ON talk_event BEGIN ${ADD('OLD', -1, upsert)}; END`,
  ];
}

function mysqlTriggers(): string[] {
  const upsert =
    'ON DUPLICATE KEY UPDATE events = events + VALUES(events), officers_deployed = officers_deployed + VALUES(officers_deployed), people_helped = people_helped + VALUES(people_helped)';
  return [
    `CREATE TRIGGER trg_talk_event_day_insert AFTER INSERT ON talk_event FOR EACH ROW ${ADD('NEW', 1, upsert)}`,
    `CREATE TRIGGER trg_talk_event_day_update AFTER UPDATE ON talk_event FOR EACH ROW BEGIN ${ADD('OLD', -1, upsert)}; ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_talk_event_day_delete AFTER DELETE ON talk_event FOR EACH ROW ${ADD('OLD', -1, upsert)}`,
  ];
}
