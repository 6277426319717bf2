import type { DataSource } from 'typeorm';
import { buildSmallDataset } from '@governance/dataset';
import { PoliceStation } from '../entities/police-station.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(PoliceStation).count()) === 0;
}

/** Public security's share of the data set: its stations. */
export async function seed(db: DataSource): Promise<void> {
  const dataset = buildSmallDataset();
  await db.transaction((manager) => manager.insert(PoliceStation, dataset.policeStations.map((record) => ({ ...record }))));
}
