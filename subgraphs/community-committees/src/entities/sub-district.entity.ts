import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'sub_district' })
@ObjectType({ description: 'A sub-district (街道) or community work committee (社工委) and the communities under it.' })
@Directive('@key(fields: "code")')
export class SubDistrict {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  @Field(() => ID, { description: '12-digit statistical division code.' })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Official name, for example 湖西社工委.' })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field(() => String, { description: 'The city, for example 苏州市.' })
  city!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field(() => String, { description: 'The district or development zone, for example 苏州工业园区.' })
  district!: string;
}
