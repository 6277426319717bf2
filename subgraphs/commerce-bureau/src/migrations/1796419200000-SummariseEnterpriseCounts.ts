import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Community.enterprises' totalCount and the counts per licence status
 * counted the registry's enterprises on every request: a sub-district's 35
 * communities took 0.39 ms of SQL for about 7,000 index entries, a quarter of
 * commerce-bureau's CPU for SubDistrictOverview. community_enterprise_total
 * holds the enterprises per community and licence status, filled from the
 * registry and kept by triggers on enterprise (insert, update, delete), so
 * every write path, the seed's bulk inserts and a clerk's licence change
 * included, keeps it right in the same transaction. A count that falls to
 * zero keeps its row (readers skip it), as community_resident_total does.
 */
export class SummariseEnterpriseCounts1796419200000 implements MigrationInterface {
  name = 'SummariseEnterpriseCounts1796419200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'community_enterprise_total',
        columns: [
          { name: 'community_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'license_status', type: 'varchar', length: '20', isPrimary: true },
          { name: 'enterprises', type: 'integer' },
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO community_enterprise_total (community_code, license_status, enterprises)
       SELECT community_code, license_status, COUNT(*) FROM enterprise GROUP BY community_code, license_status`,
    );
    const sqlite = queryRunner.dataSource.options.type === 'better-sqlite3';
    for (const statement of sqlite ? sqliteTriggers() : mysqlTriggers()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${trigger}`);
    await queryRunner.dropTable('community_enterprise_total');
  }
}

const TRIGGERS = ['trg_enterprise_total_insert', 'trg_enterprise_total_update', 'trg_enterprise_total_delete'];

/** Adds one enterprise to the count of its community and status (alias NEW or OLD, sign 1 or -1). */
const ADD = (row: 'NEW' | 'OLD', sign: 1 | -1, upsert: string) =>
  `INSERT INTO community_enterprise_total (community_code, license_status, enterprises) VALUES (${row}.community_code, ${row}.license_status, ${sign}) ${upsert}`;

/** A change of neither column (a new name, a legal representative) leaves the counts alone, and takes no lock on them. */
const MOVED = 'OLD.community_code <> NEW.community_code OR OLD.license_status <> NEW.license_status';

function sqliteTriggers(): string[] {
  const upsert = 'ON CONFLICT (community_code, license_status) DO UPDATE SET enterprises = enterprises + excluded.enterprises';
  return [
    `CREATE TRIGGER trg_enterprise_total_insert AFTER INSERT ON enterprise BEGIN ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_enterprise_total_update AFTER UPDATE OF community_code, license_status ON enterprise WHEN ${MOVED}
     BEGIN ${ADD('OLD', -1, upsert)}; ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_enterprise_total_delete AFTER DELETE ON enterprise BEGIN ${ADD('OLD', -1, upsert)}; END`,
  ];
}

function mysqlTriggers(): string[] {
  const upsert = 'ON DUPLICATE KEY UPDATE enterprises = enterprises + VALUES(enterprises)';
  return [
    `CREATE TRIGGER trg_enterprise_total_insert AFTER INSERT ON enterprise FOR EACH ROW ${ADD('NEW', 1, upsert)}`,
    // Two licence changes in opposite directions at once (ACTIVE -> SUSPENDED and back, in one community) would lock the
    // two rows in opposite orders and deadlock: every change locks the lower (community, status) first.
    `CREATE TRIGGER trg_enterprise_total_update AFTER UPDATE ON enterprise FOR EACH ROW
     BEGIN
       IF ${MOVED} THEN
         IF (OLD.community_code, OLD.license_status) < (NEW.community_code, NEW.license_status) THEN
           ${ADD('OLD', -1, upsert)}; ${ADD('NEW', 1, upsert)};
         ELSE
           ${ADD('NEW', 1, upsert)}; ${ADD('OLD', -1, upsert)};
         END IF;
       END IF;
     END`,
    `CREATE TRIGGER trg_enterprise_total_delete AFTER DELETE ON enterprise FOR EACH ROW ${ADD('OLD', -1, upsert)}`,
  ];
}
