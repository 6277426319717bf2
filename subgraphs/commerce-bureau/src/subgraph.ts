import type { SubgraphDefinition } from '@governance/kit';
import { CommunityEnterpriseTotal } from './entities/community-enterprise-total.entity';
import { EmissionAgreement } from './entities/emission-agreement.entity';
import { EnforcementCase } from './entities/enforcement-case.entity';
import { Enterprise } from './entities/enterprise.entity';
import { LicenseEvent } from './entities/license-event.entity';
import { Stall } from './entities/stall.entity';
import { Venue } from './entities/venue.entity';
import { createLoaders, type CommerceLoaders } from './loaders';
import { migrations } from './migrations';
import { COMMUNITY_COMMITTEES } from './owners';
import { buildCommerceSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 工商局: the enterprise registry and its licence history, venues and their stalls, enforcement, emission agreements. */
export const commerceBureau: SubgraphDefinition<CommerceLoaders> = {
  name: 'commerce-bureau',
  entities: [Enterprise, CommunityEnterpriseTotal, Venue, Stall, EnforcementCase, EmissionAgreement, LicenseEvent],
  migrations,
  owners: [COMMUNITY_COMMITTEES],
  buildSchema: buildCommerceSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
