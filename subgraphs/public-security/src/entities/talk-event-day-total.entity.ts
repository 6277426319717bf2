import { Entity, PrimaryColumn } from 'typeorm';
import { TalkEventFigures } from './talk-event-figures';

/**
 * Talk events summed per day, kept by database triggers on talk_event (see
 * the SummariseTalkEventDays migration): TalkEventStats by year or month
 * reads at most one row per day of its range, however many events the days
 * hold. Never written by the application.
 */
@Entity({ name: 'talk_event_day_total' })
export class TalkEventDayTotal extends TalkEventFigures {
  @PrimaryColumn({ name: 'held_on', type: 'date' })
  heldOn!: string;
}
