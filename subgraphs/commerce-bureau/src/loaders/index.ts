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
import { Enterprise } from '../entities/enterprise.entity';
import { Venue } from '../entities/venue.entity';

export interface CommerceLoaders {
  readonly enterprise: DataLoader<string, Enterprise | null>;
  readonly venue: DataLoader<string, Venue | null>;
  /** A page of enterprises per community. */
  readonly enterprisesOfCommunity: DataLoader<GroupPageKey<string>, Enterprise[], string>;
  readonly enterpriseCount: DataLoader<string, number>;
}

export type CommerceContext = SubgraphContext<CommerceLoaders>;

export function createLoaders(db: DataSource): CommerceLoaders {
  const enterprises = db.getRepository(Enterprise);
  const venues = db.getRepository(Venue);
  return {
    enterprise: createKeyLoader((codes) => findByKeys(enterprises, 'creditCode', codes), (row) => row.creditCode),
    venue: createKeyLoader((ids) => findByKeys(venues, 'id', ids), (row) => row.id),
    enterprisesOfCommunity: createGroupPageLoader(
      (groups, page) => topRowsPerGroup(enterprises, { groupProperty: 'communityCode', orderProperty: 'creditCode', groups, limit: page.limit + 1, after: page.after }),
      (row) => row.communityCode,
    ),
    enterpriseCount: createAggregateLoader((codes) => totalsByGroup(enterprises, 'communityCode', codes)),
  };
}
