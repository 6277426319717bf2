import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createKeyLoader, findByKeys, type SubgraphContext } from '@governance/kit';
import { PoliceStation } from '../entities/police-station.entity';

export interface SecurityLoaders {
  readonly policeStation: DataLoader<string, PoliceStation | null>;
}

export type SecurityContext = SubgraphContext<SecurityLoaders>;

export function createLoaders(db: DataSource): SecurityLoaders {
  const stations = db.getRepository(PoliceStation);
  return {
    policeStation: createKeyLoader((ids) => findByKeys(stations, 'id', ids), (row) => row.id),
  };
}
