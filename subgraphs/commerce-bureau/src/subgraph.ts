import type { SubgraphDefinition } from '@governance/kit';
import { Enterprise } from './entities/enterprise.entity';
import { Venue } from './entities/venue.entity';
import { createLoaders, type CommerceLoaders } from './loaders';
import { migrations } from './migrations';
import { buildCommerceSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 工商局: the enterprise registry, venues and their stalls. */
export const commerceBureau: SubgraphDefinition<CommerceLoaders> = {
  name: 'commerce-bureau',
  defaultPort: 4004,
  entities: [Enterprise, Venue],
  migrations,
  buildSchema: buildCommerceSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
