import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createKeyLoader, findByKeys, type SubgraphContext } from '@governance/kit';
import { Association } from '../entities/association.entity';

export interface AssociationsLoaders {
  readonly association: DataLoader<string, Association | null>;
}

export type AssociationsContext = SubgraphContext<AssociationsLoaders>;

export function createLoaders(db: DataSource): AssociationsLoaders {
  const associations = db.getRepository(Association);
  return {
    association: createKeyLoader((codes) => findByKeys(associations, 'creditCode', codes), (row) => row.creditCode),
  };
}
