import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@Entity({ name: 'support_centre' })
@ObjectType({ description: 'A local safe-community support centre (地方支持中心) that advises communities of a region or industry.' })
export class SupportCentre {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Centre identifier.' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: "The centre's name." })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field(() => String, { description: 'The city it is based in.' })
  city!: string;

  @Index('IDX_support_centre_established_year')
  @Column({ name: 'established_year', type: 'integer' })
  @Field(() => Int, { description: 'The year it was established.' })
  establishedYear!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'The region or industry it supports, for example 辽宁地区.' })
  serves!: string;
}
