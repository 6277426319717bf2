import type { DataSource } from 'typeorm';
import { writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import type { SubgraphConfig } from '@governance/kit';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(ReconsiderationCase).count()) === 0;
}

/**
 * The bureau's share of one copy of the data set. These three records only
 * start it off: put the bureau's records from the source document into
 * subgraphs/dataset and map them here, as the other agencies' seeds do.
 */
export function legalAffairsTables(copy: number): SeedTable[] {
  return [
    {
      entity: ReconsiderationCase,
      rows: [1, 2, 3].map((number) => ({ id: `RECONSIDERATIONCASE-${copy}-${number}`, name: `法制办 ${copy}-${number}`, recordedOn: `2011-0${number}-01` })),
    },
  ];
}

/** Seeds copy 0 in one transaction, or the copies `options` names (npm run seed -- --scale N). */
export async function seed(db: DataSource, _config: Pick<SubgraphConfig, 'pseudonymKey'>, options?: SeedOptions): Promise<void> {
  await writeSeed(db, legalAffairsTables, options);
}
