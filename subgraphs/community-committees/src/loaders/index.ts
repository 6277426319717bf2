import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createAggregateLoader,
  createGroupLoader,
  createGroupPageLoader,
  createKeyLoader,
  findByKeys,
  topRowsPerGroup,
  totalsByGroup,
  type GroupPageKey,
  type SubgraphContext,
} from '@governance/kit';
import { Community } from '../entities/community.entity';
import { ContactAssignment } from '../entities/contact-assignment.entity';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { Person } from '../entities/person.entity';
import { SubDistrict } from '../entities/sub-district.entity';
import { VolunteerProgramme } from '../entities/volunteer-programme.entity';
import { countResidentsByCommunity, countResidentsBySubDistrict, type ResidentCounts } from './resident-counts.loader';

export interface CommitteesLoaders {
  readonly subDistrict: DataLoader<string, SubDistrict | null>;
  readonly community: DataLoader<string, Community | null>;
  readonly person: DataLoader<string, Person | null>;
  /** A page of communities per sub-district. */
  readonly communitiesOfSubDistrict: DataLoader<GroupPageKey<string>, Community[], string>;
  readonly communityCount: DataLoader<string, number>;
  readonly residentCounts: DataLoader<string, ResidentCounts | null>;
  readonly subDistrictResidentCount: DataLoader<string, number>;
  /** Contact-person assignments per community (the persons come through `person`). */
  readonly contactAssignments: DataLoader<string, ContactAssignment[]>;
  readonly programmesOfSubDistrict: DataLoader<string, VolunteerProgramme[]>;
  readonly agreementsOfCommunity: DataLoader<string, EntrustmentAgreement[]>;
  readonly agreementsOfTown: DataLoader<string, EntrustmentAgreement[]>;
  /** A page of residents per community. */
  readonly residentsOfCommunity: DataLoader<GroupPageKey<string>, Person[], string>;
}

export type CommitteesContext = SubgraphContext<CommitteesLoaders>;

export function createLoaders(db: DataSource): CommitteesLoaders {
  const subDistricts = db.getRepository(SubDistrict);
  const communities = db.getRepository(Community);
  const persons = db.getRepository(Person);
  const assignments = db.getRepository(ContactAssignment);
  const programmes = db.getRepository(VolunteerProgramme);
  const agreements = db.getRepository(EntrustmentAgreement);
  return {
    subDistrict: createKeyLoader(
      (codes) => findByKeys(subDistricts, 'code', codes),
      (row) => row.code,
    ),
    community: createKeyLoader(
      (codes) => findByKeys(communities, 'code', codes),
      (row) => row.code,
    ),
    person: createKeyLoader(
      (ids) => findByKeys(persons, 'id', ids),
      (row) => row.id,
    ),
    communitiesOfSubDistrict: createGroupPageLoader(
      (groups, page) => topRowsPerGroup(communities, { groupProperty: 'subDistrictCode', orderProperty: 'code', groups, limit: page.limit + 1, after: page.after }),
      (row) => row.subDistrictCode,
    ),
    communityCount: createAggregateLoader((codes) => totalsByGroup(communities, 'subDistrictCode', codes)),
    residentCounts: createKeyLoader(
      (codes) => countResidentsByCommunity(db, codes),
      (row) => row.communityCode,
    ),
    subDistrictResidentCount: createAggregateLoader((codes) => countResidentsBySubDistrict(db, codes)),
    contactAssignments: createGroupLoader(
      (codes) => assignments.createQueryBuilder('e').where('e.communityCode IN (:...codes)', { codes }).orderBy('e.assignedOn', 'ASC').addOrderBy('e.id', 'ASC').getMany(),
      (row) => row.communityCode,
    ),
    programmesOfSubDistrict: createGroupLoader(
      (codes) => findByKeys(programmes, 'subDistrictCode', codes),
      (row) => row.subDistrictCode,
    ),
    agreementsOfCommunity: createGroupLoader(
      (codes) => findByKeys(agreements, 'communityCode', codes),
      (row) => row.communityCode,
    ),
    agreementsOfTown: createGroupLoader(
      (codes) => findByKeys(agreements, 'townCode', codes),
      (row) => row.townCode,
    ),
    residentsOfCommunity: createGroupPageLoader(
      (groups, page) => topRowsPerGroup(persons, { groupProperty: 'communityCode', orderProperty: 'id', groups, limit: page.limit + 1, after: page.after }),
      (row) => row.communityCode,
    ),
  };
}
