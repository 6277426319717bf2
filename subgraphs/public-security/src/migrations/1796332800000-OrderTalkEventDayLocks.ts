import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What SummariseTalkEventDays1764633600000 creates on MySQL, and what this migration's down restores. */
const UNORDERED = `CREATE TRIGGER trg_talk_event_day_update AFTER UPDATE ON talk_event FOR EACH ROW BEGIN ${add('OLD', -1)}; ${add('NEW', 1)}; END`;

/**
 * On MySQL and MariaDB the per-day sums' update trigger took the old day's
 * row, then the new one's: two events moved between the same two days in
 * opposite directions at once locked them in opposite orders, and one of
 * the two writes failed as a deadlock (the per-year sums and the resident
 * counts already lock in key order). Every move now takes the earlier day
 * first; an update that changes none of the summed columns takes no lock.
 * SQLite has one writer at a time, so its trigger stays as it is.
 */
export class OrderTalkEventDayLocks1796332800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.dataSource.options.type === 'better-sqlite3') return;
    await queryRunner.query('DROP TRIGGER IF EXISTS trg_talk_event_day_update');
    await queryRunner.query(
      `CREATE TRIGGER trg_talk_event_day_update AFTER UPDATE ON talk_event FOR EACH ROW
       BEGIN
         IF OLD.held_on <> NEW.held_on OR OLD.officers_deployed <> NEW.officers_deployed OR OLD.people_helped <> NEW.people_helped THEN
           IF OLD.held_on < NEW.held_on THEN
             ${add('OLD', -1)}; ${add('NEW', 1)};
           ELSE
             ${add('NEW', 1)}; ${add('OLD', -1)};
           END IF;
         END IF;
       END`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.dataSource.options.type === 'better-sqlite3') return;
    await queryRunner.query('DROP TRIGGER IF EXISTS trg_talk_event_day_update');
    await queryRunner.query(UNORDERED);
  }
}

/** Adds one event's figures to its day (alias NEW or OLD, sign 1 or -1), as the per-day sums' migration does. */
function add(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return (
    `INSERT INTO talk_event_day_total (held_on, events, officers_deployed, people_helped) ` +
    `VALUES (${row}.held_on, ${sign}, ${sign} * ${row}.officers_deployed, ${sign} * ${row}.people_helped) ` +
    'ON DUPLICATE KEY UPDATE events = events + VALUES(events), officers_deployed = officers_deployed + VALUES(officers_deployed), people_helped = people_helped + VALUES(people_helped)'
  );
}
