import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'patrol_team' })
@ObjectType({ description: "A volunteer patrol team, such as Hongzhuang's social-enterprise volunteer patrol (社会企业志愿巡逻队) of enterprise guards." })
@Directive('@key(fields: "id")')
export class PatrolTeam {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  @Field(() => ID, { description: 'Team identifier, for example PT-320506003001-01.' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: "The team's name, for example 洪庄社会企业志愿巡逻队." })
  name!: string;

  // No foreign key: the community belongs to the community committees' register.
  @Index('IDX_patrol_team_community')
  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;
}
