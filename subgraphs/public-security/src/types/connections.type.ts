import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@governance/kit';
import { Incident } from '../entities/incident.entity';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { TalkEvent } from '../entities/talk-event.entity';
import type { TalkEventTotals } from '../loaders/talk-event-totals';

@ObjectType({ description: 'A page of talk events, with totals over the whole filtered list (not only this page).' })
export class TalkEventConnection extends ConnectionType(TalkEvent) {
  /** The list's totals, computed by the database when a client asks for one of them. */
  totals!: () => Promise<TalkEventTotals>;

  @Field(() => Int, { description: 'Officers deployed (人次) over the whole list, summed by the database.' })
  async officersDeployed(): Promise<number> {
    return (await this.totals()).officersDeployed;
  }

  @Field(() => Int, { description: 'People helped over the whole list, summed by the database.' })
  async peopleHelped(): Promise<number> {
    return (await this.totals()).peopleHelped;
  }
}

@ObjectType({ description: "A page of a patrol team's members." })
export class PatrolMemberConnection extends ConnectionType(PatrolMember) {}

@ObjectType({ description: "A page of a patrol team's daily shifts, ordered by day." })
export class PatrolShiftConnection extends ConnectionType(PatrolShift) {}

@ObjectType({ description: 'A page of public-order incidents, in the order they were filed.' })
export class IncidentConnection extends ConnectionType(Incident) {}
