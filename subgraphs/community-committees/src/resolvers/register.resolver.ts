import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, communityCodeProblem, loadExisting, nextInSequence, personPseudonym, requireDate, requireValid } from '@governance/kit';
import { Community } from '../entities/community.entity';
import { ContactAssignment } from '../entities/contact-assignment.entity';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { Person } from '../entities/person.entity';
import type { CommitteesContext } from '../loaders';
import { REGISTER_BEGINS, RegisterResidentInput, SignEntrustmentAgreementInput, checkAgreement, checkResident } from './resident.input';

/** Agreement ids end in three digits. */
const MAX_AGREEMENTS_PER_PREFIX = 999;

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
    const duplicate = () => new BadUserInputError('idNumber', 'is already in the register');
    if ((await db.getRepository(Person).countBy({ idNumber: resident.idNumber })) > 0) throw duplicate();
    const id = personPseudonym(resident.idNumber, config.pseudonymKey);
    return audit.write(
      info,
      async (manager) => {
        const persons = manager.getRepository(Person);
        const person = persons.create({ ...resident, id });
        await persons.insert(person);
        return person;
      },
      // The key is the pseudonym of the ID number: a race on it is a duplicate ID number.
      { person: id, duplicate },
    );
  }

  @Authorized('write')
  @Mutation(() => Person, { description: 'Moves a registered resident to another community.' })
  async moveResident(
    @Arg('id', () => ID, { description: "The resident's pseudonymous id." }) id: string,
    @Arg('communityCode', () => ID, { description: 'The community the resident moves to.' }) communityCode: string,
    @Ctx() { loaders, audit }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    requireValid('communityCode', communityCode, communityCodeProblem);
    const person = await loadExisting(loaders.person, 'person', 'id', id);
    await requireCommunity('communityCode', communityCode, loaders);
    await audit.write(info, (manager) => manager.getRepository(Person).update({ id }, { communityCode }), { person: id });
    return { ...person, communityCode };
  }

  @Authorized('write')
  @Mutation(() => Community, { description: "Assigns a resident as a contact person (民情联系人) of a residents' committee." })
  async assignContactPerson(
    @Arg('communityCode', () => ID, { description: "The residents' committee, by community code." }) communityCode: string,
    @Arg('personId', () => ID, { description: 'The resident to assign, by pseudonymous id.' }) personId: string,
    @Arg('assignedOn', () => Date, { description: 'From when.' }) assignedOn: string,
    @Ctx() { db, loaders, audit }: CommitteesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Community> {
    requireValid('communityCode', communityCode, communityCodeProblem);
    requireDate('assignedOn', assignedOn, { earliest: REGISTER_BEGINS });
    const community = await requireCommunity('communityCode', communityCode, loaders);
    if (!(await loaders.person.load(personId))) throw new BadUserInputError('personId', `no person with id "${personId}" in the register`);
    const duplicate = () => new BadUserInputError('personId', 'is already a contact person of this community');
    if ((await db.getRepository(ContactAssignment).countBy({ communityCode, personId })) > 0) throw duplicate();
    await audit.write(info, (manager) => manager.getRepository(ContactAssignment).insert({ communityCode, personId, assignedOn }), { person: personId, duplicate });
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
      const agreements = manager.getRepository(EntrustmentAgreement);
      // EA-<town's 3 digits>-<nnn>: numbered per prefix (two towns can share the digits), in this transaction, so concurrent signings never collide.
      const prefix = `EA-${agreement.townCode.slice(6, 9)}`;
      const last = await agreements
        .createQueryBuilder('a')
        .select('MAX(a.id)', 'last')
        .where('a.id LIKE :prefix', { prefix: `${prefix}-%` })
        .getRawOne<{ last: string | null }>();
      const number = await nextInSequence(manager, `entrustment_agreement:${prefix}`, Number(last?.last?.slice(prefix.length + 1, prefix.length + 4) ?? 0) || 0);
      if (number > MAX_AGREEMENTS_PER_PREFIX) throw new BadUserInputError('townCode', `already has ${MAX_AGREEMENTS_PER_PREFIX} agreements numbered under ${prefix}`);
      const row = agreements.create({ ...agreement, id: `${prefix}-${String(number).padStart(3, '0')}` });
      await agreements.insert(row);
      return row;
    });
  }
}

async function requireCommunity(field: string, code: string, loaders: CommitteesContext['loaders']): Promise<Community> {
  const community = await loaders.community.load(code);
  if (!community) throw new BadUserInputError(field, `no community with code "${code}" in the register`);
  return community;
}
