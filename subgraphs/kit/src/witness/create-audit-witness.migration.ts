import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The heads other agencies sign and send: every agency keeps the others'
 * in its own database, so that no single administrator can rewrite a
 * chain and every copy of its past. The kit adds it to every subgraph.
 */
export class CreateAuditWitness1796167200000 implements MigrationInterface {
  name = 'CreateAuditWitness1796167200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_witness',
        columns: [
          { name: 'agency', type: 'varchar', length: '40', isPrimary: true },
          { name: 'sequence', type: 'integer', isPrimary: true },
          { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'signed_at', type: 'varchar', length: '24' },
          { name: 'signature', type: 'varchar', length: '88' },
          { name: 'received_at', type: 'varchar', length: '24' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_witness');
  }
}
