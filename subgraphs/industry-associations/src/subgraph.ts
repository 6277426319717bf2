import type { SubgraphDefinition } from '@governance/kit';
import { Association } from './entities/association.entity';
import { createLoaders, type AssociationsLoaders } from './loaders';
import { migrations } from './migrations';
import { buildAssociationsSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 行业协会 / 商会: associations (memberships, marks and safe-community work come with the domain issue). */
export const industryAssociations: SubgraphDefinition<AssociationsLoaders> = {
  name: 'industry-associations',
  defaultPort: 4003,
  entities: [Association],
  migrations,
  buildSchema: buildAssociationsSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
