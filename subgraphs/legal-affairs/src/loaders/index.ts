import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createKeyLoader, findByKeys, type SubgraphContext } from '@governance/kit';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';

export interface LegalAffairsLoaders {
  readonly reconsiderationCase: DataLoader<string, ReconsiderationCase | null>;
}

export type LegalAffairsContext = SubgraphContext<LegalAffairsLoaders>;

/** Per request: one statement per batch of keys, never one per record. */
export function createLoaders(db: DataSource): LegalAffairsLoaders {
  const records = db.getRepository(ReconsiderationCase);
  return {
    reconsiderationCase: createKeyLoader((ids) => findByKeys(records, 'id', ids), (row) => row.id),
  };
}
