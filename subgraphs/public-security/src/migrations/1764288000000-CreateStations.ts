import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateStations1764288000000 implements MigrationInterface {
  name = 'CreateStations1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'police_station',
        columns: [
          { name: 'id', type: 'varchar', length: '20', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'district', type: 'varchar', length: '50' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('police_station');
  }
}
