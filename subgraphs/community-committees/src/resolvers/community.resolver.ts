import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionArgs, ConnectionType, communityCodeProblem, countRows, findPage, loadExisting, requireValid, loadConnection } from '@governance/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { Community } from '../entities/community.entity';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { Person } from '../entities/person.entity';
import { SubDistrict } from '../entities/sub-district.entity';
import type { CommitteesContext } from '../loaders';

@ObjectType({ description: 'A page of communities.' })
export class CommunityConnection extends ConnectionType(Community) {}

@ObjectType({ description: 'A page of persons in the resident register.' })
export class PersonConnection extends ConnectionType(Person) {}

@ArgsType()
class CommunitiesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the communities of this sub-district.' })
  subDistrictCode?: string | null;
}

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => Community, { nullable: true, description: 'A community by its 12-digit code; an unknown code is a NOT_FOUND error.' })
  async community(@Arg('code', () => ID, { description: '12-digit statistical division code.' }) code: string, @Ctx() { loaders }: CommitteesContext): Promise<Community> {
    requireValid('code', code, communityCodeProblem);
    return loadExisting(loaders.community, 'community', 'code', code);
  }

  @Query(() => CommunityConnection, { description: 'All communities, or those of one sub-district, ordered by code.' })
  async communities(@Args() args: CommunitiesArgs, @Ctx() { db }: CommitteesContext, @Info() info: GraphQLResolveInfo): Promise<CommunityConnection> {
    const { page } = args;
    const subDistrictCode = args.subDistrictCode ?? undefined;
    if (subDistrictCode !== undefined) requireValid('subDistrictCode', subDistrictCode, communityCodeProblem);
    const repository = db.getRepository(Community);
    const narrow = (query: SelectQueryBuilder<Community>) => (subDistrictCode === undefined ? query : query.where('e.subDistrictCode = :subDistrictCode', { subDistrictCode }));
    return loadConnection(
      CommunityConnection,
      info,
      page,
      () => findPage(repository, 'code', page, narrow),
      (row) => row.code,
      () => countRows(repository, narrow),
    );
  }

  @FieldResolver(() => SubDistrict, { description: 'The sub-district or work committee the community belongs to.' })
  async subDistrict(@Root() community: Community, @Ctx() { loaders }: CommitteesContext): Promise<SubDistrict | null> {
    return loaders.subDistrict.load(community.subDistrictCode);
  }

  @FieldResolver(() => [Person], { description: "The contact persons (民情联系人) the work committee assigned to this residents' committee." })
  async contactPersons(@Root() community: Community, @Ctx() { loaders }: CommitteesContext): Promise<Person[]> {
    const assignments = await loaders.contactAssignments.load(community.code);
    const persons = await Promise.all(assignments.map((assignment) => loaders.person.load(assignment.personId)));
    return persons.filter((person): person is Person => person !== null);
  }

  @FieldResolver(() => PersonConnection, { description: 'Registered residents, ordered by pseudonymous id.' })
  async residents(@Root() community: Community, @Args() args: ConnectionArgs, @Ctx() { loaders }: CommitteesContext, @Info() info: GraphQLResolveInfo): Promise<PersonConnection> {
    const { page } = args;
    return loadConnection(
      PersonConnection,
      info,
      page,
      () => loaders.residentsOfCommunity.load({ group: community.code, page }),
      (row) => row.id,
      async () => (await loaders.residentCounts.load(community.code))?.total ?? 0,
    );
  }

  @FieldResolver(() => [EntrustmentAgreement], { description: 'Entrustment agreements this self-governing organisation signed with its town.' })
  entrustmentAgreements(@Root() community: Community, @Ctx() { loaders }: CommitteesContext): Promise<EntrustmentAgreement[]> {
    return loaders.agreementsOfCommunity.load(community.code);
  }

  @FieldResolver(() => Int, { description: 'Registered residents, counted by the database.' })
  async residentCount(@Root() community: Community, @Ctx() { loaders }: CommitteesContext): Promise<number> {
    return (await loaders.residentCounts.load(community.code))?.total ?? 0;
  }

  @FieldResolver(() => Int, { description: 'New Suzhou residents (新苏州人).' })
  async newResidentCount(@Root() community: Community, @Ctx() { loaders }: CommitteesContext): Promise<number> {
    return (await loaders.residentCounts.load(community.code))?.byType.NEW_RESIDENT ?? 0;
  }

  @FieldResolver(() => Int, { description: 'Foreign residents (境外常住人口).' })
  async foreignResidentCount(@Root() community: Community, @Ctx() { loaders }: CommitteesContext): Promise<number> {
    return (await loaders.residentCounts.load(community.code))?.byType.FOREIGN ?? 0;
  }
}
