import type { DataSource } from 'typeorm';
import { buildCommerceBureauRecords, buildDocumentDataset, writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import { personPseudonym, type SubgraphConfig } from '@governance/kit';
import { EmissionAgreement } from '../entities/emission-agreement.entity';
import { EnforcementKind, EnforcementOutcome } from '../entities/enforcement-enums';
import { EnforcementCase } from '../entities/enforcement-case.entity';
import { EnterpriseKind, Industry, LicenseStatus } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import { LicenseEvent } from '../entities/license-event.entity';
import { Stall } from '../entities/stall.entity';
import { Venue } from '../entities/venue.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Enterprise).count()) === 0;
}

/** The commerce bureau's share of one copy of the data set: the register and its licence history, venues and stalls, cases, agreements. */
export function commerceBureauTables(copy: number, config: Pick<SubgraphConfig, 'pseudonymKey'>): SeedTable[] {
  const dataset = buildDocumentDataset(copy);
  const records = buildCommerceBureauRecords(dataset);
  return [
    {
      entity: Enterprise,
      rows: dataset.enterprises.map((record) => ({
        creditCode: record.creditCode,
        name: record.name,
        kind: EnterpriseKind[record.kind],
        industry: Industry[record.industry],
        licenseStatus: LicenseStatus[record.licenseStatus],
        establishedOn: record.establishedOn,
        registeredCapitalYuan: record.registeredCapitalYuan,
        communityCode: record.communityCode,
        legalRepresentativeId: record.legalRepresentativeIdNumber === null ? null : personPseudonym(record.legalRepresentativeIdNumber, config.pseudonymKey),
      })),
    },
    { entity: Venue, rows: dataset.venues },
    {
      entity: LicenseEvent,
      rows: records.licenseEvents.map((record) => ({
        enterpriseCreditCode: record.creditCode,
        fromStatus: record.fromStatus === null ? null : LicenseStatus[record.fromStatus],
        toStatus: LicenseStatus[record.toStatus],
        reason: record.reason,
        changedOn: record.changedOn,
      })),
    },
    {
      entity: Stall,
      rows: records.stalls.map((record) => ({
        id: Stall.idOf(record.venueId, record.number),
        venueId: record.venueId,
        number: record.number,
        enterpriseCreditCode: record.creditCode,
        licensedOn: record.licensedOn,
      })),
    },
    {
      entity: EnforcementCase,
      rows: records.enforcementCases.map((record) => ({
        enterpriseCreditCode: record.creditCode,
        openedOn: record.openedOn,
        kind: EnforcementKind[record.kind],
        outcome: EnforcementOutcome[record.outcome],
        fineYuan: record.fineYuan,
        closedOn: record.closedOn,
        note: record.note,
      })),
    },
    {
      entity: EmissionAgreement,
      rows: records.emissionAgreements.map((record) => ({
        enterpriseCreditCode: record.creditCode,
        signedOn: record.signedOn,
        reductionTargetTonnes: record.reductionTargetTonnes,
        pilot: record.pilot,
      })),
    },
  ];
}

/** Seeds the document's data set in one transaction, or the copies `options` names. */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>, options?: SeedOptions): Promise<void> {
  await writeSeed(db, (copy) => commerceBureauTables(copy, config), options);
}
