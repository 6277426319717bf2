import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Stations' communities, talk events (警民恳谈) and their concerns, volunteer
 * patrols (teams, members, daily shifts) and incidents. Community, person and
 * enterprise keys belong to other agencies' registers, so they carry indexes
 * but no foreign keys.
 */
export class AddSecurityWork1764374400000 implements MigrationInterface {
  name = 'AddSecurityWork1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const station = (table: string) =>
      new TableForeignKey({
        name: `FK_${table}_station`,
        columnNames: ['station_id'],
        referencedTableName: 'police_station',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
        onUpdate: 'NO ACTION',
      });
    const team = (table: string) =>
      new TableForeignKey({
        name: `FK_${table}_team`,
        columnNames: ['team_id'],
        referencedTableName: 'patrol_team',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
        onUpdate: 'NO ACTION',
      });
    await queryRunner.createTable(
      new Table({
        name: 'station_community',
        columns: [
          { name: 'community_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'station_id', type: 'varchar', length: '20' },
        ],
        indices: [new TableIndex({ name: 'IDX_station_community_station', columnNames: ['station_id'] })],
        foreignKeys: [station('station_community')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'talk_event',
        columns: [
          { name: 'id', type: 'varchar', length: '20', isPrimary: true },
          { name: 'held_on', type: 'date' },
          { name: 'station_id', type: 'varchar', length: '20' },
          { name: 'community_code', type: 'varchar', length: '12' },
          { name: 'topic', type: 'varchar', length: '200' },
          { name: 'officers_deployed', type: 'integer' },
          { name: 'attendees', type: 'integer' },
          { name: 'people_helped', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_talk_event_community_held', columnNames: ['community_code', 'held_on'] }),
          new TableIndex({ name: 'IDX_talk_event_station_held', columnNames: ['station_id', 'held_on'] }),
          new TableIndex({ name: 'IDX_talk_event_held', columnNames: ['held_on'] }),
        ],
        foreignKeys: [station('talk_event')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'talk_concern',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'talk_event_id', type: 'varchar', length: '20' },
          { name: 'concern', type: 'varchar', length: '500' },
          { name: 'resolution', type: 'varchar', length: '1000', isNullable: true },
          { name: 'resolved_on', type: 'date', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_talk_concern_event', columnNames: ['talk_event_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_talk_concern_event',
            columnNames: ['talk_event_id'],
            referencedTableName: 'talk_event',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'patrol_team',
        columns: [
          { name: 'id', type: 'varchar', length: '24', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'community_code', type: 'varchar', length: '12' },
        ],
        indices: [new TableIndex({ name: 'IDX_patrol_team_community', columnNames: ['community_code'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'patrol_member',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'team_id', type: 'varchar', length: '24' },
          { name: 'person_id', type: 'varchar', length: '24' },
          { name: 'enterprise_credit_code', type: 'varchar', length: '18' },
          { name: 'joined_on', type: 'date' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_patrol_member_team_person', columnNames: ['team_id', 'person_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_patrol_member_person', columnNames: ['person_id'] }),
          new TableIndex({ name: 'IDX_patrol_member_enterprise', columnNames: ['enterprise_credit_code'] }),
        ],
        foreignKeys: [team('patrol_member')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'patrol_shift',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'team_id', type: 'varchar', length: '24' },
          { name: 'on_date', type: 'date' },
          { name: 'members_on_patrol', type: 'integer' },
          { name: 'hours', type: 'decimal', precision: 4, scale: 1 },
        ],
        indices: [new TableIndex({ name: 'UQ_patrol_shift_team_date', columnNames: ['team_id', 'on_date'], isUnique: true })],
        foreignKeys: [team('patrol_shift')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'incident',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'community_code', type: 'varchar', length: '12' },
          { name: 'occurred_on', type: 'date' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'description', type: 'varchar', length: '1000' },
        ],
        indices: [new TableIndex({ name: 'IDX_incident_community', columnNames: ['community_code'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['incident', 'patrol_shift', 'patrol_member', 'patrol_team', 'talk_concern', 'talk_event', 'station_community']) {
      await queryRunner.dropTable(table);
    }
  }
}
