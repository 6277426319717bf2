import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'reconsideration_case' })
@ObjectType({ description: 'A record the legal-affairs bureau (法制办) keeps; other agencies refer to it by id.' })
@Directive('@key(fields: "id")')
export class ReconsiderationCase {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => ID, { description: 'The bureau\'s own identifier: letters, digits and hyphens.' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name, as the bureau records it.' })
  name!: string;

  @Column({ name: 'recorded_on', type: 'date' })
  @Field(() => Date, { description: 'When the bureau recorded it.' })
  recordedOn!: string;
}
