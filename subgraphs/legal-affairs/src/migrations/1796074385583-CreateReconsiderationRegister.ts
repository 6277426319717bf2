import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const bodyKey = (column: string, name: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: 'administrative_body', referencedColumnNames: ['code'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });

/**
 * The reconsideration register: the offices (respondents and the bodies that
 * hear them), the cases, and the systems each body established. Applicants
 * are another agency's `Person` and enterprises the commerce bureau's, so
 * those columns have no foreign key.
 */
export class CreateReconsiderationRegister1796074385583 implements MigrationInterface {
  name = 'CreateReconsiderationRegister1796074385583';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'administrative_body',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'level', type: 'varchar', length: '10' },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'agency', type: 'varchar', length: '60', isNullable: true },
          { name: 'heard_by_code', type: 'varchar', length: '32', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_administrative_body_heard_by', columnNames: ['heard_by_code'] })],
        foreignKeys: [bodyKey('heard_by_code', 'FK_administrative_body_heard_by')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reconsideration_case',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'applicant_id', type: 'varchar', length: '24' },
          { name: 'respondent_code', type: 'varchar', length: '32' },
          { name: 'body_code', type: 'varchar', length: '32' },
          { name: 'decision_kind', type: 'varchar', length: '30' },
          { name: 'contested_decision', type: 'varchar', length: '300' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18', isNullable: true },
          { name: 'received_on', type: 'date' },
          { name: 'decided_on', type: 'date', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '20' },
          { name: 'review_method', type: 'varchar', length: '30', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_reconsideration_case_applicant', columnNames: ['applicant_id'] }),
          new TableIndex({ name: 'IDX_reconsideration_case_respondent', columnNames: ['respondent_code'] }),
          new TableIndex({ name: 'IDX_reconsideration_case_body', columnNames: ['body_code'] }),
          new TableIndex({ name: 'IDX_reconsideration_case_enterprise', columnNames: ['enterprise_credit_code'] }),
          new TableIndex({ name: 'IDX_reconsideration_case_received', columnNames: ['received_on'] }),
        ],
        foreignKeys: [bodyKey('respondent_code', 'FK_reconsideration_case_respondent'), bodyKey('body_code', 'FK_reconsideration_case_body')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'system_adoption',
        columns: [
          { name: 'body_code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'system', type: 'varchar', length: '30', isPrimary: true },
          { name: 'established_on', type: 'date' },
        ],
        foreignKeys: [bodyKey('body_code', 'FK_system_adoption_body')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('system_adoption');
    await queryRunner.dropTable('reconsideration_case');
    await queryRunner.dropTable('administrative_body');
  }
}
