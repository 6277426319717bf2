import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What an audit entry says about its request beyond the request id: the id
 * the client sent (kept apart, since the gateway now mints the request id),
 * the hash of the executed document, and which fields the entry's hash covers.
 * Entries written before keep hash version 1 and verify as they did.
 */
export class AddAuditRequestFacts1764547200000 implements MigrationInterface {
  name = 'AddAuditRequestFacts1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('audit_log', [
      new TableColumn({ name: 'client_request_id', type: 'varchar', length: '128', isNullable: true }),
      new TableColumn({ name: 'document_hash', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'hash_version', type: 'integer', default: 1 }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('audit_log', ['hash_version', 'document_hash', 'client_request_id']);
  }
}
