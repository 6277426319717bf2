import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Talk events summed per day, kept by database triggers on talk_event (see
 * the SummariseTalkEventDays migration): TalkEventStats by year or month
 * reads at most one row per day of its range, however many events the days
 * hold. Never written by the application.
 */
@Entity({ name: 'talk_event_day_total' })
export class TalkEventDayTotal {
  @PrimaryColumn({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'integer' })
  events!: number;

  @Column({ name: 'officers_deployed', type: 'integer' })
  officersDeployed!: number;

  @Column({ name: 'people_helped', type: 'integer' })
  peopleHelped!: number;
}
