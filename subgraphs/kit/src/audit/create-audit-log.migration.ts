import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { GENESIS_HASH } from './audit-hash';

/**
 * The audit log every subgraph keeps in its own database, and the head row
 * of its hash chain. The kit adds this migration to every subgraph's list.
 */
export class CreateAuditLog1764460800000 implements MigrationInterface {
  name = 'CreateAuditLog1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'sequence', type: 'integer', isPrimary: true },
          { name: 'recorded_at', type: 'varchar', length: '24' },
          { name: 'request_id', type: 'varchar', length: '128' },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'agency', type: 'varchar', length: '40' },
          { name: 'purpose', type: 'varchar', length: '200', isNullable: true },
          { name: 'operation_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'action', type: 'varchar', length: '10' },
          { name: 'coordinates', type: 'varchar', length: '2000' },
          { name: 'person', type: 'varchar', length: '24', isNullable: true },
          { name: 'previous_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'IDX_audit_log_person', columnNames: ['person', 'sequence'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_chain_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'sequence', type: 'integer' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO audit_chain_head (id, sequence, hash) VALUES (1, 0, '${GENESIS_HASH}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_chain_head');
    await queryRunner.dropTable('audit_log');
  }
}
