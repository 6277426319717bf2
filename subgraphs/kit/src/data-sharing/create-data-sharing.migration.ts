import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The data owner's registered purposes and agreements, loaded from its code
 * at every start (`loadDataSharingPolicy`), beside the state that only the
 * running service knows: an agreement's suspension, which must hold on every
 * instance at once and survive restarts. The kit adds it to every subgraph;
 * an agency without personal fields keeps both tables empty.
 */
export class CreateDataSharing1796160000000 implements MigrationInterface {
  name = 'CreateDataSharing1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'registered_purpose',
        columns: [
          { name: 'code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'description_zh', type: 'varchar', length: '500' },
          { name: 'description_en', type: 'varchar', length: '500' },
          { name: 'legal_basis', type: 'varchar', length: '500' },
          { name: 'withdrawn_at', type: 'varchar', length: '24', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'data_sharing_agreement',
        columns: [
          { name: 'number', type: 'varchar', length: '40', isPrimary: true },
          { name: 'requester', type: 'varchar', length: '40' },
          { name: 'fields', type: 'varchar', length: '2000' },
          { name: 'purposes', type: 'varchar', length: '2000' },
          { name: 'valid_from', type: 'varchar', length: '10' },
          { name: 'valid_to', type: 'varchar', length: '10' },
          { name: 'disclosure_delay_days', type: 'integer', default: 0 },
          { name: 'withdrawn_at', type: 'varchar', length: '24', isNullable: true },
          { name: 'suspended_at', type: 'varchar', length: '24', isNullable: true },
          { name: 'suspended_by', type: 'varchar', length: '200', isNullable: true },
          { name: 'suspension_reason', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_data_sharing_agreement_requester', columnNames: ['requester'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('data_sharing_agreement');
    await queryRunner.dropTable('registered_purpose');
  }
}
