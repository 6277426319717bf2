import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'police_station' })
@ObjectType({ description: 'A police station (派出所).' })
@Directive('@key(fields: "id")')
export class PoliceStation {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'Station identifier, for example PS-320571-02.' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: "The station's name, for example 娄葑派出所." })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field(() => String, { description: 'The district the station serves, for example 苏州工业园区.' })
  district!: string;
}
