import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What an audit entry says about why personal data left: the case reference
 * the request stated beside its purpose code, and the data-sharing agreement
 * under which the owner unmasked it. Entries written before keep their hash
 * version (1 or 2) and verify as they did; new ones are version 3.
 */
export class AddAuditPurposeFacts1796163600000 implements MigrationInterface {
  name = 'AddAuditPurposeFacts1796163600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('audit_log', [
      new TableColumn({ name: 'case_reference', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'agreement', type: 'varchar', length: '40', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('audit_log', ['agreement', 'case_reference']);
  }
}
