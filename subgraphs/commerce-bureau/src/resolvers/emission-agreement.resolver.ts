import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { BadUserInputError, loadExisting } from '@governance/kit';
import { EmissionAgreement } from '../entities/emission-agreement.entity';
import { Enterprise } from '../entities/enterprise.entity';
import type { CommerceContext } from '../loaders';
import { RecordEmissionAgreementInput, checkAgreement } from './emission-agreement.input';

@Resolver(() => EmissionAgreement)
export class EmissionAgreementResolver {
  @FieldResolver(() => Enterprise, { description: 'The enterprise that signed the agreement.' })
  enterprise(@Root() agreement: EmissionAgreement, @Ctx() { loaders }: CommerceContext): Promise<Enterprise> {
    return loadExisting(loaders.enterprise, 'enterprise', 'creditCode', agreement.enterpriseCreditCode);
  }

  @Mutation(() => EmissionAgreement, { description: 'Records the emission-reduction agreement of an enterprise in the register (one per enterprise).' })
  async recordEmissionAgreement(
    @Arg('input', () => RecordEmissionAgreementInput, { description: 'The agreement.' }) input: RecordEmissionAgreementInput,
    @Ctx() { db, loaders }: CommerceContext,
  ): Promise<EmissionAgreement> {
    const checked = checkAgreement(input);
    if (!(await loaders.enterprise.load(checked.creditCode))) {
      throw new BadUserInputError('creditCode', `no enterprise with credit code "${checked.creditCode}" in the register`);
    }
    if (await loaders.emissionAgreement.load(checked.creditCode)) throw new BadUserInputError('creditCode', 'already has an emission-reduction agreement');
    const agreements = db.getRepository(EmissionAgreement);
    const agreement = agreements.create({
      enterpriseCreditCode: checked.creditCode,
      signedOn: checked.signedOn,
      reductionTargetTonnes: checked.reductionTargetTonnes,
      pilot: checked.pilot,
    });
    await agreements.insert(agreement);
    loaders.emissionAgreement.clear(checked.creditCode).prime(checked.creditCode, agreement);
    return agreement;
  }
}
