import { Entity, PrimaryColumn } from 'typeorm';
import { TalkEventFigures } from './talk-event-figures';

/**
 * Talk events summed per group and year, kept by database triggers on
 * talk_event (see the SummariseTalkEventGroupYears migration): a batch of
 * talkEvents connections reads its totals from at most one row per group and
 * year, however many events the groups hold. Never written by the application.
 */
export abstract class TalkEventYearTotal extends TalkEventFigures {
  @PrimaryColumn({ type: 'integer' })
  year!: number;
}

/** A community's talk events of one year, summed. */
@Entity({ name: 'talk_event_community_year_total' })
export class CommunityTalkEventYearTotal extends TalkEventYearTotal {
  @PrimaryColumn({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;
}

/** A police station's talk events of one year, summed. */
@Entity({ name: 'talk_event_station_year_total' })
export class StationTalkEventYearTotal extends TalkEventYearTotal {
  @PrimaryColumn({ name: 'station_id', type: 'varchar', length: 20 })
  stationId!: string;
}
