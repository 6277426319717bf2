import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateAssociations1764288000000 implements MigrationInterface {
  name = 'CreateAssociations1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'association',
        columns: [
          { name: 'credit_code', type: 'varchar', length: '18', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'kind', type: 'varchar', length: '30' },
        ],
        indices: [new TableIndex({ name: 'IDX_association_kind', columnNames: ['kind'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('association');
  }
}
