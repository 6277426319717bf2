import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@Entity({ name: 'safe_community_plan' })
@Index('IDX_safe_community_plan_years', ['fromYear', 'toYear'])
@ObjectType({ description: "A city's or region's plan (规划) for safe-community building over a period, such as the 12th Five-Year Plan (十二五, 2011-2015)." })
export class SafeCommunityPlan {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Plan identifier.' })
  id!: number;

  @Column({ type: 'varchar', length: 50 })
  @Field(() => String, { description: 'The city or region that made the plan, for example 沈阳市.' })
  region!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: "The plan's name." })
  name!: string;

  @Column({ name: 'from_year', type: 'integer' })
  @Field(() => Int, { description: 'The first year the plan covers.' })
  fromYear!: number;

  @Column({ name: 'to_year', type: 'integer' })
  @Field(() => Int, { description: 'The last year the plan covers.' })
  toYear!: number;
}
