import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, communityCodeProblem, loadExisting, personPseudonym, requireDate, requireValid } from '@governance/kit';
import { Community } from '../entities/community.entity';
import { ContactAssignment } from '../entities/contact-assignment.entity';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { Person } from '../entities/person.entity';
import type { CommitteesContext } from '../loaders';
import { REGISTER_BEGINS, RegisterResidentInput, SignEntrustmentAgreementInput, checkAgreement, checkResident } from './resident.input';

/**
 * The committees' writes: the register, contact persons, entrustment
 * agreements. Checks run before the transaction, so refused input costs none;
 * each write and its audit entry commit together (`audit.write`).
 */
@Resolver()
export class RegisterResolver {
  @Authorized('write')
  @Mutation(() => Person, { description: 'Adds a resident to the register; the id is the pseudonym of the ID number.' })
  async registerResident(
    @Arg('input', () => RegisterResidentInput, { description: 'The resident.' }) input: RegisterResidentInput,
    @Ctx() { db, loaders, config, audit }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    const resident = checkResident(input);
    await requireCommunity('communityCode', resident.communityCode, loaders);
    if ((await db.getRepository(Person).countBy({ idNumber: resident.idNumber })) > 0) throw new BadUserInputError('idNumber', 'is already in the register');
    const id = personPseudonym(resident.idNumber, config.pseudonymKey);
    return audit.write(
      info,
      async (manager) => {
        const persons = manager.getRepository(Person);
        const person = persons.create({ ...resident, id });
        await persons.insert(person);
        return person;
      },
      id,
    );
  }

  @Authorized('write')
  @Mutation(() => Person, { description: 'Moves a registered resident to another community.' })
  async moveResident(
    @Arg('id', () => ID, { description: 'The resident\'s pseudonymous id.' }) id: string,
    @Arg('communityCode', () => ID, { description: 'The community the resident moves to.' }) communityCode: string,
    @Ctx() { loaders, audit }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    requireValid('communityCode', communityCode, communityCodeProblem);
    const person = await loadExisting(loaders.person, 'person', 'id', id);
    await requireCommunity('communityCode', communityCode, loaders);
    await audit.write(info, (manager) => manager.getRepository(Person).update({ id }, { communityCode }), id);
    return { ...person, communityCode };
  }

  @Authorized('write')
  @Mutation(() => Community, { description: 'Assigns a resident as a contact person (民情联系人) of a residents\' committee.' })
  async assignContactPerson(
    @Arg('communityCode', () => ID, { description: 'The residents\' committee, by community code.' }) communityCode: string,
    @Arg('personId', () => ID, { description: 'The resident to assign, by pseudonymous id.' }) personId: string,
    @Arg('assignedOn', () => Date, { description: 'From when.' }) assignedOn: string,
    @Ctx() { db, loaders, audit }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Community> {
    requireValid('communityCode', communityCode, communityCodeProblem);
    requireDate('assignedOn', assignedOn, { earliest: REGISTER_BEGINS });
    const community = await requireCommunity('communityCode', communityCode, loaders);
    if (!(await loaders.person.load(personId))) throw new BadUserInputError('personId', `no person with id "${personId}" in the register`);
    if ((await db.getRepository(ContactAssignment).countBy({ communityCode, personId })) > 0) throw new BadUserInputError('personId', 'is already a contact person of this community');
    await audit.write(info, (manager) => manager.getRepository(ContactAssignment).insert({ communityCode, personId, assignedOn }), personId);
    return community;
  }

  @Authorized('write')
  @Mutation(() => EntrustmentAgreement, { description: 'Records an entrustment agreement a town signed with one of its self-governing organisations.' })
  async signEntrustmentAgreement(
    @Arg('input', () => SignEntrustmentAgreementInput, { description: 'The agreement.' }) input: SignEntrustmentAgreementInput,
    @Ctx() { loaders, audit }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntrustmentAgreement> {
    const agreement = checkAgreement(input);
    if (!(await loaders.subDistrict.load(agreement.townCode))) throw new BadUserInputError('townCode', `no town with code "${agreement.townCode}"`);
    const community = await requireCommunity('communityCode', agreement.communityCode, loaders);
    if (community.subDistrictCode !== agreement.townCode) throw new BadUserInputError('communityCode', 'does not belong to the town');
    return audit.write(info, async (manager) => {
      const count = await manager.getRepository(EntrustmentAgreement).countBy({ townCode: agreement.townCode });
      const row = manager.getRepository(EntrustmentAgreement).create({ ...agreement, id: `EA-${agreement.townCode.slice(6, 9)}-${String(count + 1).padStart(3, '0')}` });
      await manager.getRepository(EntrustmentAgreement).insert(row);
      return row;
    });
  }
}

async function requireCommunity(field: string, code: string, loaders: CommitteesContext['loaders']): Promise<Community> {
  const community = await loaders.community.load(code);
  if (!community) throw new BadUserInputError(field, `no community with code "${code}" in the register`);
  return community;
}
