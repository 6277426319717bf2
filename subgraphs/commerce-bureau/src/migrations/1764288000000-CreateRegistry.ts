import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The enterprise registry and venues. Community codes refer to another agency's register, so no foreign key. */
export class CreateRegistry1764288000000 implements MigrationInterface {
  name = 'CreateRegistry1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'enterprise',
        columns: [
          { name: 'credit_code', type: 'varchar', length: '18', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'industry', type: 'varchar', length: '40' },
          { name: 'license_status', type: 'varchar', length: '20' },
          { name: 'established_on', type: 'date' },
          { name: 'registered_capital_yuan', type: 'decimal', precision: 18, scale: 2, isNullable: true },
          { name: 'community_code', type: 'varchar', length: '12' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_enterprise_industry', columnNames: ['industry'] }),
          new TableIndex({ name: 'IDX_enterprise_community', columnNames: ['community_code'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'venue',
        columns: [
          { name: 'id', type: 'varchar', length: '20', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'opened_on', type: 'date' },
          { name: 'investment_yuan', type: 'decimal', precision: 18, scale: 2 },
          { name: 'community_code', type: 'varchar', length: '12' },
        ],
        indices: [new TableIndex({ name: 'IDX_venue_community', columnNames: ['community_code'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('venue');
    await queryRunner.dropTable('enterprise');
  }
}
