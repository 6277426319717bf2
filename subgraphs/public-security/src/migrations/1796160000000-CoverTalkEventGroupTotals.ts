import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const COVERED = ['held_on', 'officers_deployed', 'people_helped'];
const GROUPS = [
  { column: 'community_code', narrow: 'IDX_talk_event_community_held' },
  { column: 'station_id', narrow: 'IDX_talk_event_station_held' },
];

/**
 * A community's (or station's) talkEvents connection counts and sums its
 * events with one GROUP BY per batch. The indexes on (community_code,
 * held_on) and (station_id, held_on) found the events, but every one was
 * then read from the table for its officers and people helped: for
 * SubDistrictOverview's 35 communities (19,019 events) 12 ms of SQL, 4 ms
 * with the sums in the index. The wider indexes replace the narrower ones,
 * which are their prefixes, so the pages keep their range scans.
 */
export class CoverTalkEventGroupTotals1796160000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { column, narrow } of GROUPS) {
      await queryRunner.createIndex('talk_event', new TableIndex({ name: `${narrow}_totals`, columnNames: [column, ...COVERED] }));
      await queryRunner.dropIndex('talk_event', narrow);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { column, narrow } of GROUPS) {
      await queryRunner.createIndex('talk_event', new TableIndex({ name: narrow, columnNames: [column, 'held_on'] }));
      await queryRunner.dropIndex('talk_event', `${narrow}_totals`);
    }
  }
}
