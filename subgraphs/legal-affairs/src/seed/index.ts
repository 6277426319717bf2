import type { DataSource } from 'typeorm';
import { buildDocumentDataset, buildLegalAffairsRecords, writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import { personPseudonym, type SubgraphConfig } from '@governance/kit';
import { AdministrativeBody } from '../entities/administrative-body.entity';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import { SystemAdoption } from '../entities/system-adoption.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(AdministrativeBody).count()) === 0;
}

/** The office's share of one copy of the data set: the offices, the 1,129 cases of 2005-2010 and the ten systems. */
export function legalAffairsTables(copy: number, config: Pick<SubgraphConfig, 'pseudonymKey'>): SeedTable[] {
  const records = buildLegalAffairsRecords(buildDocumentDataset(copy));
  return [
    { entity: AdministrativeBody, rows: records.bodies },
    {
      entity: ReconsiderationCase,
      rows: records.cases.map(({ applicantIdNumber, ...record }) => ({ ...record, applicantId: personPseudonym(applicantIdNumber, config.pseudonymKey) })),
    },
    { entity: SystemAdoption, rows: records.adoptions },
  ];
}

/** Seeds copy 0 in one transaction, or the copies `options` names (npm run seed -- --scale N). */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>, options?: SeedOptions): Promise<void> {
  await writeSeed(db, (copy) => legalAffairsTables(copy, config), options);
}
