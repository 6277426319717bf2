import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };

/**
 * Memberships, certification marks and their users, government service
 * contracts, and the safe-community work. Enterprise credit codes and
 * community codes refer to other agencies' registers, so they carry no
 * foreign key; references to associations and marks do.
 */
export class AddAssociationWork1764374400000 implements MigrationInterface {
  name = 'AddAssociationWork1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'membership',
        columns: [
          id,
          { name: 'association_credit_code', type: 'varchar', length: '18' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18' },
          { name: 'since', type: 'date' },
          { name: 'role', type: 'varchar', length: '20' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_membership_association_enterprise', columnNames: ['association_credit_code', 'enterprise_credit_code'], isUnique: true }),
          new TableIndex({ name: 'IDX_membership_roster', columnNames: ['association_credit_code', 'since', 'enterprise_credit_code'] }),
          new TableIndex({ name: 'IDX_membership_enterprise', columnNames: ['enterprise_credit_code'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_membership_association',
            columnNames: ['association_credit_code'],
            referencedTableName: 'association',
            referencedColumnNames: ['credit_code'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certification_mark',
        columns: [
          { name: 'registration_number', type: 'varchar', length: '20', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'holder_credit_code', type: 'varchar', length: '18' },
          { name: 'registered_on', type: 'date' },
        ],
        indices: [new TableIndex({ name: 'IDX_certification_mark_holder', columnNames: ['holder_credit_code'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_certification_mark_holder',
            columnNames: ['holder_credit_code'],
            referencedTableName: 'association',
            referencedColumnNames: ['credit_code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mark_authorisation',
        columns: [
          id,
          { name: 'registration_number', type: 'varchar', length: '20' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18' },
          { name: 'authorised_on', type: 'date' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_mark_authorisation_mark_enterprise', columnNames: ['registration_number', 'enterprise_credit_code'], isUnique: true }),
          new TableIndex({ name: 'IDX_mark_authorisation_enterprise', columnNames: ['enterprise_credit_code'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_mark_authorisation_mark',
            columnNames: ['registration_number'],
            referencedTableName: 'certification_mark',
            referencedColumnNames: ['registration_number'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'service_contract',
        columns: [
          id,
          { name: 'purchaser', type: 'varchar', length: '100' },
          { name: 'provider_credit_code', type: 'varchar', length: '18' },
          { name: 'service', type: 'varchar', length: '40' },
          { name: 'method', type: 'varchar', length: '30' },
          { name: 'amount_yuan', type: 'decimal', precision: 18, scale: 2 },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date', isNullable: true },
          { name: 'community_code', type: 'varchar', length: '12' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_service_contract_provider', columnNames: ['provider_credit_code'] }),
          new TableIndex({ name: 'IDX_service_contract_service', columnNames: ['service'] }),
          new TableIndex({ name: 'IDX_service_contract_method', columnNames: ['method'] }),
          new TableIndex({ name: 'IDX_service_contract_community', columnNames: ['community_code'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_service_contract_provider',
            columnNames: ['provider_credit_code'],
            referencedTableName: 'association',
            referencedColumnNames: ['credit_code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'safe_community_designation',
        columns: [
          id,
          { name: 'community_code', type: 'varchar', length: '12' },
          { name: 'level', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'year', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_safe_community_designation', columnNames: ['community_code', 'level', 'status'], isUnique: true }),
          new TableIndex({ name: 'IDX_safe_community_designation_year', columnNames: ['year', 'level', 'status'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'promotion_project',
        columns: [id, { name: 'name', type: 'varchar', length: '200' }, { name: 'place', type: 'varchar', length: '100' }, { name: 'year', type: 'integer' }],
        indices: [new TableIndex({ name: 'IDX_promotion_project_year', columnNames: ['year'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_session',
        columns: [id, { name: 'held_on', type: 'date' }, { name: 'place', type: 'varchar', length: '100' }, { name: 'trainees', type: 'integer' }],
        indices: [new TableIndex({ name: 'IDX_training_session_held_on', columnNames: ['held_on'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_centre',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'city', type: 'varchar', length: '50' },
          { name: 'established_year', type: 'integer' },
          { name: 'serves', type: 'varchar', length: '200' },
        ],
        indices: [new TableIndex({ name: 'IDX_support_centre_established_year', columnNames: ['established_year'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'support_centre',
      'training_session',
      'promotion_project',
      'safe_community_designation',
      'service_contract',
      'mark_authorisation',
      'certification_mark',
      'membership',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
