import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The table behind `nextInSequence`; the kit adds this migration to every subgraph. */
export class CreateIdSequences1764550800000 implements MigrationInterface {
  name = 'CreateIdSequences1764550800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'id_sequence',
        columns: [
          { name: 'scope', type: 'varchar', length: '64', isPrimary: true },
          { name: 'last_number', type: 'integer' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('id_sequence');
  }
}
