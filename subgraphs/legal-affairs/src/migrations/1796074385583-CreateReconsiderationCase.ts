import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The bureau's first table. The kit adds its audit log to every agency's database itself. */
export class CreateReconsiderationCase1796074385583 implements MigrationInterface {
  name = 'CreateReconsiderationCase1796074385583';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'reconsideration_case',
        columns: [
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'recorded_on', type: 'date' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('reconsideration_case');
  }
}
