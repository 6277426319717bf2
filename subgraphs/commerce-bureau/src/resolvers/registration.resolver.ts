import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, NotFoundError, creditCodeProblem, lockForUpdate, requireExisting, requireValid } from '@governance/kit';
import { LicenseStatus } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import { LicenseEvent } from '../entities/license-event.entity';
import type { CommerceContext } from '../loaders';
import { COMMUNITY_COMMITTEES } from '../owners';
import { RegisterEnterpriseInput, checkRegistration } from './enterprise.input';
import { boundedMultilineText, today } from './input-checks';

/** The reason written in the licence history when an enterprise enters the register. */
export const REGISTRATION_REASON = '设立登记';

// An ArgsType keeps the arguments in this order in the SDL (separate @Arg parameters print in reverse).
@ArgsType()
class ChangeLicenseStatusArgs {
  @Field(() => ID, { description: 'The enterprise, by credit code; an unknown code is NOT_FOUND.' })
  creditCode!: string;

  @Field(() => LicenseStatus, { description: 'The new status; must differ from the current one.' })
  status!: LicenseStatus;

  @Field(() => String, { description: 'Why, 1 to 500 characters.' })
  reason!: string;
}

/** The register's writes: registration and licence status, each with its licence-history row. */
@Resolver()
export class RegistrationResolver {
  @Authorized('write')
  @Mutation(() => Enterprise, { description: 'Registers an enterprise or individual business; it starts ACTIVE, with its registration in the licence history.' })
  async registerEnterprise(
    @Arg('input', () => RegisterEnterpriseInput, { description: 'The enterprise to register.' }) input: RegisterEnterpriseInput,
    @Ctx() { loaders, owners, audit }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Enterprise> {
    const checked = checkRegistration(input);
    const duplicate = () => new BadUserInputError('creditCode', 'is already registered');
    if (await loaders.enterprise.load(checked.creditCode)) throw duplicate();
    await requireExisting(owners, 'communityCode', COMMUNITY_COMMITTEES.name, 'Community', { code: checked.communityCode });
    if (checked.legalRepresentativeId !== null) {
      await requireExisting(owners, 'legalRepresentativeId', COMMUNITY_COMMITTEES.name, 'Person', { id: checked.legalRepresentativeId });
    }
    const enterprise = Object.assign(new Enterprise(), { ...checked, licenseStatus: LicenseStatus.ACTIVE });
    // The legal representative is the person the registration concerns (a pseudonym), so it is found in the log by them.
    await audit.write(
      info,
      async (manager) => {
        await manager.insert(Enterprise, enterprise);
        await manager.insert(LicenseEvent, {
          enterpriseCreditCode: enterprise.creditCode,
          fromStatus: null,
          toStatus: LicenseStatus.ACTIVE,
          reason: REGISTRATION_REASON,
          changedOn: today(),
        });
      },
      { person: checked.legalRepresentativeId, duplicate },
    );
    loaders.enterprise.clear(enterprise.creditCode).prime(enterprise.creditCode, enterprise);
    return enterprise;
  }

  @Authorized('write')
  @Mutation(() => Enterprise, { description: "Changes an enterprise's licence status and records why in its licence history." })
  async changeLicenseStatus(
    @Args() { creditCode, status, reason }: ChangeLicenseStatusArgs,
    @Ctx() { loaders, audit }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Enterprise> {
    requireValid('creditCode', creditCode, creditCodeProblem);
    const why = boundedMultilineText('reason', reason, 500);
    // Read the current status inside the transaction, so the history's fromStatus is the status actually replaced.
    const changed = await audit.write(info, async (manager) => {
      // Locked: two concurrent changes must not both replace the same status.
      const enterprise = await manager.findOne(Enterprise, { where: { creditCode }, ...lockForUpdate(manager) });
      if (!enterprise) throw new NotFoundError('enterprise', 'creditCode', creditCode);
      if (enterprise.licenseStatus === status) throw new BadUserInputError('status', `is already ${status}`);
      await manager.update(Enterprise, { creditCode }, { licenseStatus: status });
      await manager.insert(LicenseEvent, { enterpriseCreditCode: creditCode, fromStatus: enterprise.licenseStatus, toStatus: status, reason: why, changedOn: today() });
      return Object.assign(enterprise, { licenseStatus: status });
    });
    loaders.enterprise.clear(creditCode).prime(creditCode, changed);
    return changed;
  }
}
