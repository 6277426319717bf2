import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { BadUserInputError, loadExisting } from '@governance/kit';
import { EnterpriseKind } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import { Stall } from '../entities/stall.entity';
import { Venue } from '../entities/venue.entity';
import type { CommerceContext } from '../loaders';
import { pastDate } from './input-checks';
import { LicenseStallInput, checkStall } from './stall.input';

@Resolver(() => Stall)
export class StallResolver {
  @FieldResolver(() => Enterprise, { description: 'The individual business that runs the stall.' })
  enterprise(@Root() stall: Stall, @Ctx() { loaders }: CommerceContext): Promise<Enterprise> {
    return loadExisting(loaders.enterprise, 'enterprise', 'creditCode', stall.enterpriseCreditCode);
  }

  @FieldResolver(() => Venue, { description: 'The venue the stall is in.' })
  venue(@Root() stall: Stall, @Ctx() { loaders }: CommerceContext): Promise<Venue> {
    return loadExisting(loaders.venue, 'venue', 'id', stall.venueId);
  }

  @Authorized('write')
  @Mutation(() => Stall, { description: 'Licenses a numbered stall in a venue to an individual business in the register.' })
  async licenseStall(
    @Arg('input', () => LicenseStallInput, { description: 'The stall and who runs it.' }) input: LicenseStallInput,
    @Ctx() { db, loaders, audit }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Stall> {
    const { venueId, number, creditCode, licensedOn } = checkStall(input);
    const venue = await loaders.venue.load(venueId);
    if (!venue) throw new BadUserInputError('venueId', `no venue with id "${venueId}"`);
    pastDate('licensedOn', licensedOn, { date: venue.openedOn, what: `the venue opened (${venue.openedOn})` });
    const enterprise = await loaders.enterprise.load(creditCode);
    if (!enterprise) throw new BadUserInputError('creditCode', `no enterprise with credit code "${creditCode}" in the register`);
    if (enterprise.kind !== EnterpriseKind.INDIVIDUAL_BUSINESS) throw new BadUserInputError('creditCode', 'is not an individual business; only individual businesses run stalls');
    const runsOne = () => new BadUserInputError('creditCode', 'already runs a stall');
    const taken = () => new BadUserInputError('number', `stall ${number} of this venue is already licensed`);
    if (await loaders.stallOfEnterprise.load(creditCode)) throw runsOne();
    if ((await db.getRepository(Stall).countBy({ venueId, number })) > 0) throw taken();
    const stall = await audit.write(
      info,
      async (manager) => {
        const stalls = manager.getRepository(Stall);
        const row = stalls.create({ id: Stall.idOf(venueId, number), venueId, number, enterpriseCreditCode: creditCode, licensedOn });
        await stalls.insert(row);
        return row;
      },
      { duplicate: (property) => (property === 'enterpriseCreditCode' ? runsOne() : taken()) },
    );
    loaders.stallOfEnterprise.clear(creditCode).prime(creditCode, stall);
    return stall;
  }
}
