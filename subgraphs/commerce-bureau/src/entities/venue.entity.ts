import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { decimalTransformer } from '@governance/kit';

@Entity({ name: 'venue' })
@ObjectType({ description: 'A venue where licensed stalls operate, such as the Dongzhen Road snack square.' })
@Directive('@key(fields: "id")')
export class Venue {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'Venue identifier.' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name of the venue.' })
  name!: string;

  @Column({ name: 'opened_on', type: 'date' })
  @Field(() => Date, { description: 'When the venue opened.' })
  openedOn!: string;

  @Column({ name: 'investment_yuan', type: 'decimal', precision: 18, scale: 2, transformer: decimalTransformer })
  @Field(() => Float, { description: 'Public investment in the venue, in yuan.' })
  investmentYuan!: number;

  @Index('IDX_venue_community')
  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;
}
