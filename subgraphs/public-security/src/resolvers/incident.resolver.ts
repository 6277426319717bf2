import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { requireExisting } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Incident } from '../entities/incident.entity';
import type { SecurityContext } from '../loaders';
import { RecordIncidentInput, checkIncident } from './incident.input';

@Resolver(() => Incident)
export class IncidentResolver {
  @Authorized('write')
  @Mutation(() => Incident, { description: 'Files a public-order incident under a community; the community is checked with the community register.' })
  async recordIncident(
    @Arg('input', () => RecordIncidentInput, { description: 'The incident.' }) input: RecordIncidentInput,
    @Ctx() { owners, audit }: SecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Incident> {
    const incident = checkIncident(input);
    await requireExisting(owners, 'communityCode', 'community-committees', 'Community', { code: incident.communityCode });
    return audit.write(info, async (manager) => {
      const incidents = manager.getRepository(Incident);
      const row = incidents.create({ ...incident });
      await incidents.insert(row);
      return row;
    });
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community it was filed under.' })
  community(@Root() incident: Incident): Community {
    return Community.of(incident.communityCode);
  }
}
