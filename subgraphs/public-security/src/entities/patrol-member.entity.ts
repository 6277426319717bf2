import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PatrolTeam } from './patrol-team.entity';

@Entity({ name: 'patrol_member' })
@Index('UQ_patrol_member_team_person', ['teamId', 'personId'], { unique: true })
@ObjectType({ description: 'A member of a volunteer patrol team: a resident, usually a guard of an enterprise that contributes them.' })
@Directive('@key(fields: "id")')
export class PatrolMember {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Membership identifier.' })
  id!: number;

  @Column({ name: 'team_id', type: 'varchar', length: 24 })
  teamId!: string;

  /** The Person pseudonym (never an ID number). */
  @Index('IDX_patrol_member_person')
  @Column({ name: 'person_id', type: 'varchar', length: 24 })
  personId!: string;

  @Index('IDX_patrol_member_enterprise')
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ name: 'joined_on', type: 'date' })
  @Field(() => Date, { description: 'When the member joined the team.' })
  joinedOn!: string;

  @ManyToOne(() => PatrolTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_patrol_member_team' })
  team?: PatrolTeam;
}
