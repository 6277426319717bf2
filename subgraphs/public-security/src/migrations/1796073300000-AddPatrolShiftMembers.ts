import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Who was out on each patrol shift: the rule "每年巡逻时间不少于一周" (each
 * member at least a week a year) is about members, which a shift's head count
 * cannot show. The foreign keys use the shift's and the membership's unique
 * keys, (team, day) and (team, person).
 */
export class AddPatrolShiftMembers1796073300000 implements MigrationInterface {
  name = 'AddPatrolShiftMembers1796073300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'patrol_shift_member',
        columns: [
          { name: 'team_id', type: 'varchar', length: '24', isPrimary: true },
          { name: 'person_id', type: 'varchar', length: '24', isPrimary: true },
          { name: 'on_date', type: 'date', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'IDX_patrol_shift_member_shift', columnNames: ['team_id', 'on_date'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_patrol_shift_member_shift',
            columnNames: ['team_id', 'on_date'],
            referencedTableName: 'patrol_shift',
            referencedColumnNames: ['team_id', 'on_date'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'FK_patrol_shift_member_member',
            columnNames: ['team_id', 'person_id'],
            referencedTableName: 'patrol_member',
            referencedColumnNames: ['team_id', 'person_id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('patrol_shift_member');
  }
}
