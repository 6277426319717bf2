import type { SubgraphDefinition } from '@governance/kit';
import { Association } from './entities/association.entity';
import { CertificationMark } from './entities/certification-mark.entity';
import { MarkAuthorisation } from './entities/mark-authorisation.entity';
import { Membership } from './entities/membership.entity';
import { PromotionProject } from './entities/promotion-project.entity';
import { SafeCommunityDesignation } from './entities/safe-community-designation.entity';
import { SafeCommunityMeeting } from './entities/safe-community-meeting.entity';
import { SafeCommunityPlan } from './entities/safe-community-plan.entity';
import { ServiceContract } from './entities/service-contract.entity';
import { SupportCentre } from './entities/support-centre.entity';
import { TrainingSession } from './entities/training-session.entity';
import { createLoaders, type AssociationsLoaders } from './loaders';
import { migrations } from './migrations';
import { buildAssociationsSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 行业协会 / 商会: associations, memberships, certification marks, purchased public services and the safe-community work. */
export const industryAssociations: SubgraphDefinition<AssociationsLoaders> = {
  name: 'industry-associations',
  entities: [
    Association,
    Membership,
    CertificationMark,
    MarkAuthorisation,
    ServiceContract,
    SafeCommunityDesignation,
    PromotionProject,
    TrainingSession,
    SupportCentre,
    SafeCommunityMeeting,
    SafeCommunityPlan,
  ],
  migrations,
  // Writes refer to enterprises (memberships, mark users) and communities (contracts, designations) that these agencies own.
  owners: [{ name: 'commerce-bureau' }, { name: 'community-committees' }],
  buildSchema: buildAssociationsSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
