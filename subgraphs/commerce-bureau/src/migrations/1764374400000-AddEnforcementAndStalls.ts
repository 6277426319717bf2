import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const enterpriseKey = (table: string) =>
  new TableForeignKey({
    name: `FK_${table}_enterprise`,
    columnNames: ['enterprise_credit_code'],
    referencedTableName: 'enterprise',
    referencedColumnNames: ['credit_code'],
    onDelete: 'RESTRICT',
    onUpdate: 'NO ACTION',
  });

/**
 * Legal representatives, the licence history, venue stalls, enforcement cases
 * and emission-reduction agreements. Legal representatives are another
 * agency's `Person`, so that column has no foreign key.
 */
export class AddEnforcementAndStalls1764374400000 implements MigrationInterface {
  name = 'AddEnforcementAndStalls1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('enterprise', new TableColumn({ name: 'legal_representative_id', type: 'varchar', length: '24', isNullable: true }));
    await queryRunner.createIndex('enterprise', new TableIndex({ name: 'IDX_enterprise_legal_representative', columnNames: ['legal_representative_id'] }));
    await queryRunner.createIndex('enterprise', new TableIndex({ name: 'IDX_enterprise_license_status', columnNames: ['license_status'] }));
    await queryRunner.createTable(
      new Table({
        name: 'license_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18' },
          { name: 'from_status', type: 'varchar', length: '20', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '20' },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'changed_on', type: 'date' },
        ],
        indices: [new TableIndex({ name: 'IDX_license_event_enterprise', columnNames: ['enterprise_credit_code'] })],
        foreignKeys: [enterpriseKey('license_event')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'stall',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'venue_id', type: 'varchar', length: '20' },
          { name: 'number', type: 'integer' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18' },
          { name: 'licensed_on', type: 'date' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_stall_venue_number', columnNames: ['venue_id', 'number'], isUnique: true }),
          new TableIndex({ name: 'UQ_stall_enterprise', columnNames: ['enterprise_credit_code'], isUnique: true }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_stall_venue',
            columnNames: ['venue_id'],
            referencedTableName: 'venue',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          enterpriseKey('stall'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enforcement_case',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18' },
          { name: 'opened_on', type: 'date' },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'outcome', type: 'varchar', length: '20' },
          { name: 'fine_yuan', type: 'decimal', precision: 18, scale: 2, isNullable: true },
          { name: 'closed_on', type: 'date', isNullable: true },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_enforcement_case_enterprise', columnNames: ['enterprise_credit_code'] }),
          new TableIndex({ name: 'IDX_enforcement_case_kind', columnNames: ['kind'] }),
        ],
        foreignKeys: [enterpriseKey('enforcement_case')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'emission_agreement',
        columns: [
          { name: 'enterprise_credit_code', type: 'varchar', length: '18', isPrimary: true },
          { name: 'signed_on', type: 'date' },
          { name: 'reduction_target_tonnes', type: 'decimal', precision: 14, scale: 2 },
          { name: 'pilot', type: 'varchar', length: '200' },
        ],
        foreignKeys: [enterpriseKey('emission_agreement')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('emission_agreement');
    await queryRunner.dropTable('enforcement_case');
    await queryRunner.dropTable('stall');
    await queryRunner.dropTable('license_event');
    await queryRunner.dropIndex('enterprise', 'IDX_enterprise_license_status');
    await queryRunner.dropIndex('enterprise', 'IDX_enterprise_legal_representative');
    await queryRunner.dropColumn('enterprise', 'legal_representative_id');
  }
}
