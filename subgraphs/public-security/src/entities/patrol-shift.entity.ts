import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { decimalTransformer } from '@governance/kit';
import { PatrolTeam } from './patrol-team.entity';

@Entity({ name: 'patrol_shift' })
// One shift per team and day; compliance and shift lists are range scans of this index.
@Index('UQ_patrol_shift_team_date', ['teamId', 'onDate'], { unique: true })
@ObjectType({ description: "A patrol team's day on patrol: how many members went out and for how long." })
export class PatrolShift {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Shift identifier.' })
  id!: number;

  @Column({ name: 'team_id', type: 'varchar', length: 24 })
  teamId!: string;

  @Column({ name: 'on_date', type: 'date' })
  @Field(() => Date, { description: 'The day patrolled.' })
  onDate!: string;

  @Column({ name: 'members_on_patrol', type: 'integer' })
  @Field(() => Int, { description: 'Members on patrol that day.' })
  membersOnPatrol!: number;

  @Column({ type: 'decimal', precision: 4, scale: 1, transformer: decimalTransformer })
  @Field(() => Float, { description: 'Hours patrolled that day.' })
  hours!: number;

  @ManyToOne(() => PatrolTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_patrol_shift_team' })
  team?: PatrolTeam;
}
