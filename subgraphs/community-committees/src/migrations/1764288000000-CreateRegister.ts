import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The resident register: sub-districts, communities, persons. */
export class CreateRegister1764288000000 implements MigrationInterface {
  name = 'CreateRegister1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sub_district',
        columns: [
          { name: 'code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'city', type: 'varchar', length: '50' },
          { name: 'district', type: 'varchar', length: '50' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'community',
        columns: [
          { name: 'code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'sub_district_code', type: 'varchar', length: '12' },
        ],
        indices: [new TableIndex({ name: 'IDX_community_sub_district', columnNames: ['sub_district_code'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_community_sub_district',
            columnNames: ['sub_district_code'],
            referencedTableName: 'sub_district',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'person',
        columns: [
          { name: 'id', type: 'varchar', length: '24', isPrimary: true },
          { name: 'id_number', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'phone', type: 'varchar', length: '20' },
          { name: 'resident_type', type: 'varchar', length: '20' },
          { name: 'community_code', type: 'varchar', length: '12' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_person_id_number', columnNames: ['id_number'], isUnique: true }),
          new TableIndex({ name: 'IDX_person_community_type', columnNames: ['community_code', 'resident_type'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_person_community',
            columnNames: ['community_code'],
            referencedTableName: 'community',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('person');
    await queryRunner.dropTable('community');
    await queryRunner.dropTable('sub_district');
  }
}
