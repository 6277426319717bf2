import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { suzhouToday } from '../input/dates';

/**
 * A registered purpose as the owner's database holds it: loaded from the
 * owner's code at start-up, so that what the running service accepts can be
 * queried (and joined with the audit log) in the database itself.
 */
@Entity({ name: 'registered_purpose' })
@ObjectType('RegisteredPurpose', { description: 'A purpose the data owner registered: requests name it in x-purpose to read personal data.' })
@Directive('@shareable')
export class RegisteredPurposeRecord {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  @Field(() => ID, { description: 'The code requests state in x-purpose, for example patrol-vetting.' })
  code!: string;

  @Column({ name: 'description_zh', type: 'varchar', length: 500 })
  @Field(() => String, { description: 'What the purpose is, in Chinese.' })
  descriptionZh!: string;

  @Column({ name: 'description_en', type: 'varchar', length: 500 })
  @Field(() => String, { description: 'What the purpose is, in English.' })
  descriptionEn!: string;

  @Column({ name: 'legal_basis', type: 'varchar', length: 500 })
  @Field(() => String, { description: 'The law or regulation under which the owner discloses for this purpose.' })
  legalBasis!: string;

  /** Set when the owner's code no longer registers it (kept: audit entries name it). */
  @Column({ name: 'withdrawn_at', type: 'varchar', length: 24, nullable: true })
  withdrawnAt!: string | null;
}

export enum AgreementStatus {
  IN_FORCE = 'IN_FORCE',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Whether an agreement entitles its agency today.',
  valuesConfig: {
    IN_FORCE: { description: 'Within its dates and not suspended: personal fields it covers are unmasked for its purposes.' },
    NOT_YET_VALID: { description: 'Its first day is still to come.' },
    EXPIRED: { description: 'Its last day has passed.' },
    SUSPENDED: { description: 'The owner suspended it; nothing is unmasked under it until the owner reinstates it.' },
    WITHDRAWN: { description: "The owner's code no longer declares it; kept because audit entries name it." },
  },
});

/**
 * A data-sharing agreement as the owner's database holds it: the content is
 * the owner's code (written over at every start), the suspension is run-time
 * state that survives restarts and redeploys.
 */
@Entity({ name: 'data_sharing_agreement' })
@Index('IDX_data_sharing_agreement_requester', ['requester'])
@ObjectType('DataSharingAgreement', {
  description: 'A data-sharing agreement: which personal fields another agency may read unmasked, for which registered purposes, between which dates.',
})
@Directive('@shareable')
export class AgreementRecord {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => ID, { description: "The owner's number for the agreement, for example CC-DSA-2026-001; audit entries name it." })
  number!: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'The agency it entitles.' })
  requester!: string;

  /** Comma-separated coordinates. */
  @Column({ type: 'varchar', length: 2000 })
  fields!: string;

  /** Comma-separated purpose codes. */
  @Column({ type: 'varchar', length: 2000 })
  purposes!: string;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  @Field(() => String, { description: 'Its first day (Suzhou), YYYY-MM-DD.' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 10 })
  @Field(() => String, { description: 'Its last day (Suzhou), YYYY-MM-DD.' })
  validTo!: string;

  @Column({ name: 'disclosure_delay_days', type: 'integer', default: 0 })
  @Field(() => Int, { description: "Reads under it appear in the person's own access report only this many days after they happened (0: at once)." })
  disclosureDelayDays!: number;

  @Column({ name: 'withdrawn_at', type: 'varchar', length: 24, nullable: true })
  withdrawnAt!: string | null;

  @Column({ name: 'suspended_at', type: 'varchar', length: 24, nullable: true })
  @Field(() => String, { nullable: true, description: 'When the owner suspended it (ISO 8601 UTC); null unless suspended.' })
  suspendedAt!: string | null;

  @Column({ name: 'suspended_by', type: 'varchar', length: 200, nullable: true })
  suspendedBy!: string | null;

  @Column({ name: 'suspension_reason', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the owner suspended it; null unless suspended.' })
  suspensionReason!: string | null;

  @Field(() => [String], { name: 'fields', description: 'The personal fields it covers, as schema coordinates (Person.phone).' })
  fieldCoordinates(): string[] {
    return this.fields.split(',');
  }

  @Field(() => [String], { name: 'purposes', description: 'The registered purpose codes it covers.' })
  purposeCodes(): string[] {
    return this.purposes.split(',');
  }

  @Field(() => AgreementStatus, { description: 'Whether it entitles its agency today (Suzhou).' })
  status(): AgreementStatus {
    const today = suzhouToday();
    if (this.withdrawnAt !== null) return AgreementStatus.WITHDRAWN;
    if (this.suspendedAt !== null) return AgreementStatus.SUSPENDED;
    if (today < this.validFrom) return AgreementStatus.NOT_YET_VALID;
    return today > this.validTo ? AgreementStatus.EXPIRED : AgreementStatus.IN_FORCE;
  }
}
