import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@Entity({ name: 'promotion_project' })
@ObjectType({ description: 'A safety promotion project (安全促进项目) the safe-community association carried out.' })
export class PromotionProject {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Project identifier.' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: "The project's name, for example 宁波海曙区白云街道驾驶员俱乐部项目." })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Where it ran.' })
  place!: string;

  @Index('IDX_promotion_project_year')
  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'The year it was reported.' })
  year!: number;
}
