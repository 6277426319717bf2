import type { SubgraphDefinition } from '@governance/kit';
import { AdministrativeBody } from './entities/administrative-body.entity';
import { ReconsiderationCase } from './entities/reconsideration-case.entity';
import { SystemAdoption } from './entities/system-adoption.entity';
import { createLoaders, type LegalAffairsLoaders } from './loaders';
import { migrations } from './migrations';
import { COMMERCE_BUREAU, COMMUNITY_COMMITTEES } from './owners';
import { buildLegalAffairsSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 法制办: administrative reconsideration (行政复议) — the offices, the cases against their decisions, and the systems the bodies built. */
export const legalAffairs: SubgraphDefinition<LegalAffairsLoaders> = {
  name: 'legal-affairs',
  entities: [AdministrativeBody, ReconsiderationCase, SystemAdoption],
  migrations,
  owners: [COMMUNITY_COMMITTEES, COMMERCE_BUREAU],
  buildSchema: buildLegalAffairsSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
