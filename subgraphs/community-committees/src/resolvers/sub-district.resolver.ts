import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionArgs, MAX_PAGE_SIZE, communityCodeProblem, loadExisting, requireValid, loadConnection } from '@governance/kit';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { SubDistrict } from '../entities/sub-district.entity';
import { VolunteerProgramme } from '../entities/volunteer-programme.entity';
import type { CommitteesContext } from '../loaders';
import { CommunityConnection } from './community.resolver';

@Resolver(() => SubDistrict)
export class SubDistrictResolver {
  @Query(() => [SubDistrict], { nullable: true, description: `Every sub-district, ordered by code (at most ${MAX_PAGE_SIZE}).` })
  subDistricts(@Ctx() { db }: CommitteesContext): Promise<SubDistrict[]> {
    return db.getRepository(SubDistrict).find({ order: { code: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => SubDistrict, { nullable: true, description: 'A sub-district by code; an unknown code is a NOT_FOUND error.' })
  async subDistrict(@Arg('code', () => ID, { description: '12-digit statistical division code.' }) code: string, @Ctx() { loaders }: CommitteesContext): Promise<SubDistrict> {
    requireValid('code', code, communityCodeProblem);
    return loadExisting(loaders.subDistrict, 'sub-district', 'code', code);
  }

  @FieldResolver(() => CommunityConnection, { description: 'Its communities, ordered by code.' })
  async communities(
    @Root() subDistrict: SubDistrict,
    @Args() args: ConnectionArgs,
    @Ctx() { loaders }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommunityConnection> {
    const { page } = args;
    return loadConnection(
      CommunityConnection,
      info,
      page,
      () => loaders.communitiesOfSubDistrict.load({ group: subDistrict.code, page }),
      (row) => row.code,
      () => loaders.communityCount.load(subDistrict.code),
    );
  }

  @FieldResolver(() => [VolunteerProgramme], { description: 'Volunteer programmes it runs.' })
  volunteerProgrammes(@Root() subDistrict: SubDistrict, @Ctx() { loaders }: CommitteesContext): Promise<VolunteerProgramme[]> {
    return loaders.programmesOfSubDistrict.load(subDistrict.code);
  }

  @FieldResolver(() => [EntrustmentAgreement], { description: 'Entrustment agreements it signed as a town government.' })
  entrustmentAgreements(@Root() subDistrict: SubDistrict, @Ctx() { loaders }: CommitteesContext): Promise<EntrustmentAgreement[]> {
    return loaders.agreementsOfTown.load(subDistrict.code);
  }

  @FieldResolver(() => Int, { description: 'Residents of all its communities, counted by the database.' })
  residentCount(@Root() subDistrict: SubDistrict, @Ctx() { loaders }: CommitteesContext): Promise<number> {
    return loaders.subDistrictResidentCount.load(subDistrict.code);
  }
}
