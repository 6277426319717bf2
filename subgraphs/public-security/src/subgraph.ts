import type { SubgraphDefinition } from '@governance/kit';
import { PoliceStation } from './entities/police-station.entity';
import { createLoaders, type SecurityLoaders } from './loaders';
import { migrations } from './migrations';
import { buildSecuritySchema } from './schema';
import { isEmpty, seed } from './seed';

/** 公安: police stations (talk events, patrols and incidents come with the domain issue). */
export const publicSecurity: SubgraphDefinition<SecurityLoaders> = {
  name: 'public-security',
  defaultPort: 4002,
  entities: [PoliceStation],
  migrations,
  buildSchema: buildSecuritySchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
