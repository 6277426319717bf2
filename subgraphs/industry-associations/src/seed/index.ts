import type { DataSource } from 'typeorm';
import { buildSmallDataset } from '@governance/dataset';
import { Association, AssociationKind } from '../entities/association.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Association).count()) === 0;
}

/** The associations' share of the data set. */
export async function seed(db: DataSource): Promise<void> {
  const dataset = buildSmallDataset();
  await db.transaction((manager) =>
    manager.insert(
      Association,
      dataset.associations.map((record) => ({ ...record, kind: AssociationKind[record.kind] })),
    ),
  );
}
