import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PoliceStation } from './police-station.entity';

@Entity({ name: 'talk_event' })
// A community's (or station's) events of one year are index range scans; an analyst's list of one community's events
// is summed from the index alone (a connection's per-year totals come from the summaries the triggers keep).
@Index('IDX_talk_event_community_held_totals', ['communityCode', 'heldOn', 'officersDeployed', 'peopleHelped'])
@Index('IDX_talk_event_station_held_totals', ['stationId', 'heldOn', 'officersDeployed', 'peopleHelped'])
// Covers the sums over a date range (TalkEventStats): no row is read from the table.
@Index('IDX_talk_event_held_totals', ['heldOn', 'officersDeployed', 'peopleHelped'])
@ObjectType({ description: 'A police-citizen talk (警民恳谈): officers meet residents, hear their concerns and help solve them.' })
@Directive('@key(fields: "id")')
export class TalkEvent {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'TE-<yyyymmdd>-<nnnn>: lists ordered by id are ordered by the day the talk was held.' })
  id!: string;

  @Column({ name: 'held_on', type: 'date' })
  @Field(() => Date, { description: 'The day the talk was held.' })
  heldOn!: string;

  @Column({ name: 'station_id', type: 'varchar', length: 20 })
  stationId!: string;

  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'What the talk was about.' })
  topic!: string;

  @Column({ name: 'officers_deployed', type: 'integer' })
  @Field(() => Int, { description: 'Police officers deployed (警力, 人次).' })
  officersDeployed!: number;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Residents who attended.' })
  attendees!: number;

  @Column({ name: 'people_helped', type: 'integer' })
  @Field(() => Int, { description: 'People whose difficulties the talk solved.' })
  peopleHelped!: number;

  @ManyToOne(() => PoliceStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id', foreignKeyConstraintName: 'FK_talk_event_station' })
  station?: PoliceStation;
}
