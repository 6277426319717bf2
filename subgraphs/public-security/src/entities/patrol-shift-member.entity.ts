import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PatrolMember } from './patrol-member.entity';
import { PatrolShift } from './patrol-shift.entity';

/**
 * A member named on a shift: who was out on patrol that day. Keyed by the
 * natural keys of the shift (team, day) and of the membership (team, person),
 * so that the rows say the same thing in every copy of the data set and a
 * replaced shift keeps its key. Not a GraphQL type: PatrolShift.members and
 * PatrolTeam.duty read it.
 */
@Entity({ name: 'patrol_shift_member' })
@Index('IDX_patrol_shift_member_shift', ['teamId', 'onDate'])
export class PatrolShiftMember {
  @PrimaryColumn({ name: 'team_id', type: 'varchar', length: 24 })
  teamId!: string;

  /** The Person pseudonym of the member (never an ID number). */
  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 24 })
  personId!: string;

  @PrimaryColumn({ name: 'on_date', type: 'date' })
  onDate!: string;

  @ManyToOne(() => PatrolShift, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'team_id', referencedColumnName: 'teamId', foreignKeyConstraintName: 'FK_patrol_shift_member_shift' },
    { name: 'on_date', referencedColumnName: 'onDate' },
  ])
  shift?: PatrolShift;

  @ManyToOne(() => PatrolMember, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'team_id', referencedColumnName: 'teamId', foreignKeyConstraintName: 'FK_patrol_shift_member_member' },
    { name: 'person_id', referencedColumnName: 'personId' },
  ])
  member?: PatrolMember;
}
