import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };

/**
 * The safe-community meetings and conferences (provincial, regional and city
 * work meetings; the Asian and world conferences) and the cities' plans for a
 * period, which the source document counts and dates.
 */
export class AddSafeCommunityMeetingsAndPlans1796073300000 implements MigrationInterface {
  name = 'AddSafeCommunityMeetingsAndPlans1796073300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'safe_community_meeting',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'scope', type: 'varchar', length: '20' },
          { name: 'place', type: 'varchar', length: '50' },
          { name: 'year', type: 'integer' },
          { name: 'edition', type: 'integer', isNullable: true },
          { name: 'association_role', type: 'varchar', length: '20', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_safe_community_meeting_year', columnNames: ['year'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'safe_community_plan',
        columns: [
          id,
          { name: 'region', type: 'varchar', length: '50' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'from_year', type: 'integer' },
          { name: 'to_year', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'IDX_safe_community_plan_years', columnNames: ['from_year', 'to_year'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['safe_community_plan', 'safe_community_meeting']) await queryRunner.dropTable(table);
  }
}
