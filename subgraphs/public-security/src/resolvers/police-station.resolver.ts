import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE, loadExisting } from '@governance/kit';
import { PoliceStation } from '../entities/police-station.entity';
import type { SecurityContext } from '../loaders';

@Resolver(() => PoliceStation)
export class PoliceStationResolver {
  @Query(() => [PoliceStation], { description: `Police stations ordered by id (at most ${MAX_PAGE_SIZE}).` })
  policeStations(@Ctx() { db }: SecurityContext): Promise<PoliceStation[]> {
    return db.getRepository(PoliceStation).find({ order: { id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => PoliceStation, { nullable: true, description: 'A police station by id; an unknown id is a NOT_FOUND error.' })
  async policeStation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: SecurityContext): Promise<PoliceStation> {
    return loadExisting(loaders.policeStation, 'police station', 'id', id);
  }
}
