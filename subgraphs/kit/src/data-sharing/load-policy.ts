import type { DataSource } from 'typeorm';
import { AgreementRecord, RegisteredPurposeRecord } from './data-sharing.entity';
import type { DataSharingPolicy } from './policy';

/**
 * Writes the owner's code into its database at start-up, in one
 * transaction: every purpose and agreement the code declares, with the
 * content the code gives it; rows the code no longer declares are marked
 * withdrawn (never deleted: audit entries name them). A suspension is not
 * the code's to change, so it survives: only the owner's mutation lifts it.
 * Instances starting together write the same content, so the upserts agree.
 */
export async function loadDataSharingPolicy(db: DataSource, policy: DataSharingPolicy, now: Date = new Date()): Promise<void> {
  const withdrawnAt = now.toISOString();
  await db.transaction(async (manager) => {
    const purposes = manager.getRepository(RegisteredPurposeRecord);
    const agreements = manager.getRepository(AgreementRecord);
    if (policy.purposes.length > 0) {
      await purposes.upsert(
        policy.purposes.map((purpose) => ({
          code: purpose.code,
          descriptionZh: purpose.description.zh,
          descriptionEn: purpose.description.en,
          legalBasis: purpose.legalBasis,
          withdrawnAt: null,
        })),
        ['code'],
      );
    }
    if (policy.agreements.length > 0) {
      await agreements.upsert(
        policy.agreements.map((agreement) => ({
          number: agreement.number,
          requester: agreement.requester,
          fields: agreement.fields.join(','),
          purposes: agreement.purposes.join(','),
          validFrom: agreement.validFrom,
          validTo: agreement.validTo,
          disclosureDelayDays: agreement.disclosureDelayDays ?? 0,
          withdrawnAt: null,
        })),
        ['number'],
      );
    }
    const declaredPurposes = new Set(policy.purposes.map((purpose) => purpose.code));
    const declaredAgreements = new Set(policy.agreements.map((agreement) => agreement.number));
    for (const row of await purposes.find()) {
      if (!declaredPurposes.has(row.code) && row.withdrawnAt === null) await purposes.update({ code: row.code }, { withdrawnAt });
    }
    for (const row of await agreements.find()) {
      if (!declaredAgreements.has(row.number) && row.withdrawnAt === null) await agreements.update({ number: row.number }, { withdrawnAt });
    }
  });
}
