import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createAggregateLoader,
  createGroupPageLoader,
  createKeyLoader,
  findByKeys,
  topRowsPerGroup,
  totalsByGroup,
  type GroupPageKey,
  type SubgraphContext,
} from '@governance/kit';
import { Community } from '../entities/community.entity';
import { Person } from '../entities/person.entity';
import { SubDistrict } from '../entities/sub-district.entity';
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
}

export type CommitteesContext = SubgraphContext<CommitteesLoaders>;

export function createLoaders(db: DataSource): CommitteesLoaders {
  const subDistricts = db.getRepository(SubDistrict);
  const communities = db.getRepository(Community);
  const persons = db.getRepository(Person);
  return {
    subDistrict: createKeyLoader((codes) => findByKeys(subDistricts, 'code', codes), (row) => row.code),
    community: createKeyLoader((codes) => findByKeys(communities, 'code', codes), (row) => row.code),
    person: createKeyLoader((ids) => findByKeys(persons, 'id', ids), (row) => row.id),
    communitiesOfSubDistrict: createGroupPageLoader(
      (groups, page) => topRowsPerGroup(communities, { groupProperty: 'subDistrictCode', orderProperty: 'code', groups, limit: page.limit + 1, after: page.after }),
      (row) => row.subDistrictCode,
    ),
    communityCount: createAggregateLoader((codes) => totalsByGroup(communities, 'subDistrictCode', codes)),
    residentCounts: createKeyLoader((codes) => countResidentsByCommunity(db, codes), (row) => row.communityCode),
    subDistrictResidentCount: createAggregateLoader((codes) => countResidentsBySubDistrict(db, codes)),
  };
}
