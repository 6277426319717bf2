import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, nextInSequence, requireExisting } from '@governance/kit';
import { talkEventId } from '@governance/dataset';
import { TalkConcern } from '../entities/talk-concern.entity';
import { TalkEvent } from '../entities/talk-event.entity';
import type { SecurityContext } from '../loaders';
import { RecordTalkEventInput, checkTalkEvent } from './talk-event.input';

const MAX_EVENTS_PER_DAY = 9_999;

@Resolver()
export class RecordTalkEventResolver {
  @Authorized('write')
  @Mutation(() => TalkEvent, { description: 'Records a police-citizen talk and its concerns in one transaction; the community is checked with the community register.' })
  async recordTalkEvent(
    @Arg('input', () => RecordTalkEventInput, { description: 'The talk.' }) input: RecordTalkEventInput,
    @Ctx() { loaders, owners, audit }: SecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TalkEvent> {
    const talk = checkTalkEvent(input);
    if (!(await loaders.policeStation.load(talk.stationId))) throw new BadUserInputError('stationId', `no police station with id "${talk.stationId}"`);
    await requireExisting(owners, 'communityCode', 'community-committees', 'Community', { code: talk.communityCode });
    return audit.write(info, async (manager) => {
      const events = manager.getRepository(TalkEvent);
      // Ids sort by day: the day's next number, taken from the day's sequence in this transaction so that two
      // clerks recording the same day never get the same id; the day's highest id (the held_on index answers MAX) is its floor.
      const last = await events.createQueryBuilder('e').select('MAX(e.id)', 'last').where('e.heldOn = :heldOn', { heldOn: talk.heldOn }).getRawOne<{ last: string | null }>();
      const sequence = await nextInSequence(manager, `talk_event:${talk.heldOn}`, last?.last ? Number(last.last.slice(-4)) : 0);
      if (sequence > MAX_EVENTS_PER_DAY) throw new BadUserInputError('heldOn', `already has ${MAX_EVENTS_PER_DAY} talk events`);
      const { concerns, ...fields } = talk;
      const event = events.create({ ...fields, id: talkEventId(talk.heldOn, sequence) });
      await events.insert(event);
      if (concerns.length > 0) await manager.getRepository(TalkConcern).insert(concerns.map((concern) => ({ ...concern, talkEventId: event.id })));
      return event;
    });
  }
}
