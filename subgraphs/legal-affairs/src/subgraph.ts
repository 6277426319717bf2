import type { SubgraphDefinition } from '@governance/kit';
import { ReconsiderationCase } from './entities/reconsideration-case.entity';
import { createLoaders, type LegalAffairsLoaders } from './loaders';
import { migrations } from './migrations';
import { buildLegalAffairsSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 法制办: Legal affairs office. Its port, display names and the entities it owns are in agencies.json. */
export const legalAffairs: SubgraphDefinition<LegalAffairsLoaders> = {
  name: 'legal-affairs',
  entities: [ReconsiderationCase],
  migrations,
  buildSchema: buildLegalAffairsSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
