import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, ConnectionArgs, ConnectionType, countRows, findPage, loadExisting, toConnection } from '@governance/kit';
import { EmissionAgreement } from '../entities/emission-agreement.entity';
import { Enterprise } from '../entities/enterprise.entity';
import type { CommerceContext } from '../loaders';
import { RecordEmissionAgreementInput, checkAgreement } from './emission-agreement.input';

@ObjectType({ description: 'A page of emission-reduction agreements, ordered by the credit code of the enterprise that signed.' })
export class EmissionAgreementConnection extends ConnectionType(EmissionAgreement) {}

@Resolver(() => EmissionAgreement)
export class EmissionAgreementResolver {
  @Query(() => EmissionAgreementConnection, { description: 'Emission-reduction agreements, ordered by the credit code of the enterprise that signed.' })
  async emissionAgreements(@Args() { page }: ConnectionArgs, @Ctx() { db }: CommerceContext): Promise<EmissionAgreementConnection> {
    const repository = db.getRepository(EmissionAgreement);
    const rows = await findPage(repository, 'enterpriseCreditCode', page);
    return toConnection(
      EmissionAgreementConnection,
      rows,
      page,
      (row) => row.enterpriseCreditCode,
      () => countRows(repository),
    );
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise that signed the agreement.' })
  enterprise(@Root() agreement: EmissionAgreement, @Ctx() { loaders }: CommerceContext): Promise<Enterprise> {
    return loadExisting(loaders.enterprise, 'enterprise', 'creditCode', agreement.enterpriseCreditCode);
  }

  @Authorized('write')
  @Mutation(() => EmissionAgreement, { description: 'Records the emission-reduction agreement of an enterprise in the register (one per enterprise).' })
  async recordEmissionAgreement(
    @Arg('input', () => RecordEmissionAgreementInput, { description: 'The agreement.' }) input: RecordEmissionAgreementInput,
    @Ctx() { loaders, audit }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EmissionAgreement> {
    const checked = checkAgreement(input);
    if (!(await loaders.enterprise.load(checked.creditCode))) {
      throw new BadUserInputError('creditCode', `no enterprise with credit code "${checked.creditCode}" in the register`);
    }
    const duplicate = () => new BadUserInputError('creditCode', 'already has an emission-reduction agreement');
    if (await loaders.emissionAgreement.load(checked.creditCode)) throw duplicate();
    const agreement = await audit.write(
      info,
      async (manager) => {
        const agreements = manager.getRepository(EmissionAgreement);
        const row = agreements.create({
          enterpriseCreditCode: checked.creditCode,
          signedOn: checked.signedOn,
          reductionTargetTonnes: checked.reductionTargetTonnes,
          pilot: checked.pilot,
        });
        await agreements.insert(row);
        return row;
      },
      { duplicate },
    );
    loaders.emissionAgreement.clear(checked.creditCode).prime(checked.creditCode, agreement);
    return agreement;
  }
}
