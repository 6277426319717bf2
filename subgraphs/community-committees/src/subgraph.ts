import type { SubgraphDefinition } from '@governance/kit';
import { committeesDataSharing } from './data-sharing';
import { Community } from './entities/community.entity';
import { CommunityResidentTotal } from './entities/community-resident-total.entity';
import { ContactAssignment } from './entities/contact-assignment.entity';
import { EntrustmentAgreement } from './entities/entrustment-agreement.entity';
import { Person } from './entities/person.entity';
import { SubDistrict } from './entities/sub-district.entity';
import { VolunteerProgramme } from './entities/volunteer-programme.entity';
import { createLoaders, type CommitteesLoaders } from './loaders';
import { migrations } from './migrations';
import { buildCommitteesSchema } from './schema';
import { isEmpty, seed } from './seed';

/** 社区居委会 / 社工委: sub-districts, communities and the resident register. */
export const communityCommittees: SubgraphDefinition<CommitteesLoaders> = {
  name: 'community-committees',
  entities: [SubDistrict, Community, CommunityResidentTotal, Person, ContactAssignment, VolunteerProgramme, EntrustmentAgreement],
  migrations,
  dataSharing: committeesDataSharing,
  buildSchema: buildCommitteesSchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
