import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Contact-person assignments, volunteer programmes and Taicang's entrustment agreements. */
export class AddCommitteeWork1764374400000 implements MigrationInterface {
  name = 'AddCommitteeWork1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'contact_assignment',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'community_code', type: 'varchar', length: '12' },
          { name: 'person_id', type: 'varchar', length: '24' },
          { name: 'assigned_on', type: 'date' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_contact_assignment', columnNames: ['community_code', 'person_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_contact_assignment_person', columnNames: ['person_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_contact_assignment_community',
            columnNames: ['community_code'],
            referencedTableName: 'community',
            referencedColumnNames: ['code'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'FK_contact_assignment_person',
            columnNames: ['person_id'],
            referencedTableName: 'person',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'volunteer_programme',
        columns: [
          { name: 'id', type: 'varchar', length: '20', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'sub_district_code', type: 'varchar', length: '12' },
          { name: 'started_on', type: 'date' },
          { name: 'description', type: 'varchar', length: '1000' },
        ],
        indices: [new TableIndex({ name: 'IDX_volunteer_programme_sub_district', columnNames: ['sub_district_code'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_volunteer_programme_sub_district',
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
        name: 'entrustment_agreement',
        columns: [
          { name: 'id', type: 'varchar', length: '20', isPrimary: true },
          { name: 'town_code', type: 'varchar', length: '12' },
          { name: 'community_code', type: 'varchar', length: '12' },
          { name: 'signed_on', type: 'date' },
          { name: 'matters', type: 'varchar', length: '1000' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_entrustment_agreement_town', columnNames: ['town_code'] }),
          new TableIndex({ name: 'IDX_entrustment_agreement_community', columnNames: ['community_code'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_entrustment_agreement_town',
            columnNames: ['town_code'],
            referencedTableName: 'sub_district',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'FK_entrustment_agreement_community',
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
    await queryRunner.dropTable('entrustment_agreement');
    await queryRunner.dropTable('volunteer_programme');
    await queryRunner.dropTable('contact_assignment');
  }
}
