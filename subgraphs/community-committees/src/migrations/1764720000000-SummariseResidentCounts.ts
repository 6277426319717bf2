import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Community.residentCount and its siblings counted the register's persons on
 * every request, so they grew with the register. community_resident_total
 * holds the residents per community and type, filled from the persons
 * already registered and kept by triggers on person (insert, update,
 * delete), so every write path, the seed's bulk inserts included, keeps it
 * right in the same transaction.
 */
export class SummariseResidentCounts1764720000000 implements MigrationInterface {
  name = 'SummariseResidentCounts1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'community_resident_total',
        columns: [
          { name: 'community_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'resident_type', type: 'varchar', length: '20', isPrimary: true },
          { name: 'residents', type: 'integer' },
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO community_resident_total (community_code, resident_type, residents)
       SELECT community_code, resident_type, COUNT(*) FROM person GROUP BY community_code, resident_type`,
    );
    const sqlite = queryRunner.dataSource.options.type === 'better-sqlite3';
    for (const statement of sqlite ? sqliteTriggers() : mysqlTriggers()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${trigger}`);
    await queryRunner.dropTable('community_resident_total');
  }
}

const TRIGGERS = ['trg_person_resident_total_insert', 'trg_person_resident_total_update', 'trg_person_resident_total_delete'];

/** Adds one person to the count of its community and type (alias NEW or OLD, sign 1 or -1). */
const ADD = (row: 'NEW' | 'OLD', sign: 1 | -1, upsert: string) =>
  `INSERT INTO community_resident_total (community_code, resident_type, residents) VALUES (${row}.community_code, ${row}.resident_type, ${sign}) ${upsert}`;

/** A change of neither column leaves the counts alone, and takes no lock on them. */
const MOVED = 'OLD.community_code <> NEW.community_code OR OLD.resident_type <> NEW.resident_type';

function sqliteTriggers(): string[] {
  const upsert = 'ON CONFLICT (community_code, resident_type) DO UPDATE SET residents = residents + excluded.residents';
  return [
    `CREATE TRIGGER trg_person_resident_total_insert AFTER INSERT ON person BEGIN ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_person_resident_total_update AFTER UPDATE OF community_code, resident_type ON person WHEN ${MOVED}
     BEGIN ${ADD('OLD', -1, upsert)}; ${ADD('NEW', 1, upsert)}; END`,
    `CREATE TRIGGER trg_person_resident_total_delete AFTER DELETE ON person BEGIN ${ADD('OLD', -1, upsert)}; END`,
  ];
}

function mysqlTriggers(): string[] {
  const upsert = 'ON DUPLICATE KEY UPDATE residents = residents + VALUES(residents)';
  return [
    `CREATE TRIGGER trg_person_resident_total_insert AFTER INSERT ON person FOR EACH ROW ${ADD('NEW', 1, upsert)}`,
    // Two moves in opposite directions at once would lock the two rows in opposite orders and deadlock:
    // every move locks the lower (community, type) first.
    `CREATE TRIGGER trg_person_resident_total_update AFTER UPDATE ON person FOR EACH ROW
     BEGIN
       IF ${MOVED} THEN
         IF (OLD.community_code, OLD.resident_type) < (NEW.community_code, NEW.resident_type) THEN
           ${ADD('OLD', -1, upsert)}; ${ADD('NEW', 1, upsert)};
         ELSE
           ${ADD('NEW', 1, upsert)}; ${ADD('OLD', -1, upsert)};
         END IF;
       END IF;
     END`,
    `CREATE TRIGGER trg_person_resident_total_delete AFTER DELETE ON person FOR EACH ROW ${ADD('OLD', -1, upsert)}`,
  ];
}
