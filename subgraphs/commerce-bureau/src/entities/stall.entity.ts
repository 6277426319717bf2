import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Enterprise } from './enterprise.entity';
import { Venue } from './venue.entity';

/** The longest stall number: the id keeps it zero-padded to this many digits. */
export const MAX_STALL_NUMBER = 9_999;

@Entity({ name: 'stall' })
@Index('UQ_stall_venue_number', ['venueId', 'number'], { unique: true })
@ObjectType({ description: 'A licensed stall in a venue, run by one individual business.' })
export class Stall {
  /**
   * `<venue id>-<number, 4 digits>`: unique across venues and, within a venue,
   * ordered like the stall numbers, so one index pages every venue's stalls.
   */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Column({ name: 'venue_id', type: 'varchar', length: 20 })
  venueId!: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Stall number within the venue (1, 2, ...).' })
  number!: number;

  @Index('UQ_stall_enterprise', { unique: true })
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ name: 'licensed_on', type: 'date' })
  @Field(() => Date, { description: 'When the stall was licensed.' })
  licensedOn!: string;

  // Relations declare the foreign keys only; GraphQL fields load the rows through the request's loaders.
  @ManyToOne(() => Venue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venue_id', foreignKeyConstraintName: 'FK_stall_venue' })
  venueRow?: Venue;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_credit_code', foreignKeyConstraintName: 'FK_stall_enterprise' })
  enterpriseRow?: Enterprise;

  static idOf(venueId: string, number: number): string {
    return `${venueId}-${String(number).padStart(4, '0')}`;
  }
}
