import type DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, Repository } from 'typeorm';
import {
  MAX_PAGE_SIZE,
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
import { EmissionAgreement } from '../entities/emission-agreement.entity';
import { EnforcementCase } from '../entities/enforcement-case.entity';
import { Enterprise } from '../entities/enterprise.entity';
import { LicenseEvent } from '../entities/license-event.entity';
import { Stall } from '../entities/stall.entity';
import { Venue } from '../entities/venue.entity';
import { countEnterprisesByCommunity, countLicenseStatusesByCommunity, type CommunityLicenseStatusCount } from './enterprise-counts.loader';

export interface CommerceLoaders {
  readonly enterprise: DataLoader<string, Enterprise | null>;
  readonly venue: DataLoader<string, Venue | null>;
  /** A page of enterprises per community. */
  readonly enterprisesOfCommunity: DataLoader<GroupPageKey<string>, Enterprise[], string>;
  /** Enterprises per community, from the counts the enterprise triggers keep. */
  readonly enterpriseCount: DataLoader<string, number>;
  /** Enterprises per licence status, per community (statuses with none are left out). */
  readonly licenseStatusCountsOfCommunity: DataLoader<string, CommunityLicenseStatusCount[]>;
  /** Venues per community, ordered by id, at most MAX_PAGE_SIZE. */
  readonly venuesOfCommunity: DataLoader<string, Venue[]>;
  /** A page of stalls per venue, ordered by stall number. */
  readonly stallsOfVenue: DataLoader<GroupPageKey<string>, Stall[], string>;
  readonly stallCount: DataLoader<string, number>;
  readonly stallOfEnterprise: DataLoader<string, Stall | null>;
  /** Enforcement cases by id (the GraphQL ID, a string). */
  readonly enforcementCase: DataLoader<string, EnforcementCase | null>;
  /** Enforcement cases per enterprise, in filing order, at most MAX_PAGE_SIZE. */
  readonly enforcementCasesOfEnterprise: DataLoader<string, EnforcementCase[]>;
  readonly emissionAgreement: DataLoader<string, EmissionAgreement | null>;
  /** Licence changes per enterprise, oldest first, at most MAX_PAGE_SIZE. */
  readonly licenseHistory: DataLoader<string, LicenseEvent[]>;
}

export type CommerceContext = SubgraphContext<CommerceLoaders>;

export function createLoaders(db: DataSource): CommerceLoaders {
  const enterprises = db.getRepository(Enterprise);
  const venues = db.getRepository(Venue);
  const stalls = db.getRepository(Stall);
  const cases = db.getRepository(EnforcementCase);
  const agreements = db.getRepository(EmissionAgreement);
  const events = db.getRepository(LicenseEvent);
  return {
    enterprise: createKeyLoader(
      (codes) => findByKeys(enterprises, 'creditCode', codes),
      (row) => row.creditCode,
    ),
    venue: createKeyLoader(
      (ids) => findByKeys(venues, 'id', ids),
      (row) => row.id,
    ),
    enterprisesOfCommunity: createGroupPageLoader(
      (groups, page) => topRowsPerGroup(enterprises, { groupProperty: 'communityCode', orderProperty: 'creditCode', groups, limit: page.limit + 1, after: page.after }),
      (row) => row.communityCode,
    ),
    enterpriseCount: createAggregateLoader((codes) => countEnterprisesByCommunity(db, codes)),
    licenseStatusCountsOfCommunity: createGroupLoader(
      (codes) => countLicenseStatusesByCommunity(db, codes),
      (row) => row.communityCode,
    ),
    venuesOfCommunity: createGroupLoader(
      (codes) => firstRowsPerGroup(venues, 'communityCode', 'id', codes),
      (row) => row.communityCode,
    ),
    stallsOfVenue: createGroupPageLoader(
      // Stall ids are `<venue>-<zero-padded number>`, so id order within a venue is number order.
      (groups, page) => topRowsPerGroup(stalls, { groupProperty: 'venueId', orderProperty: 'id', groups, limit: page.limit + 1, after: page.after }),
      (row) => row.venueId,
    ),
    stallCount: createAggregateLoader((ids) => totalsByGroup(stalls, 'venueId', ids)),
    stallOfEnterprise: createKeyLoader(
      (codes) => findByKeys(stalls, 'enterpriseCreditCode', codes),
      (row) => row.enterpriseCreditCode,
    ),
    enforcementCase: createKeyLoader(
      (ids) => findCasesByIds(cases, ids),
      (row) => String(row.id),
    ),
    enforcementCasesOfEnterprise: createGroupLoader(
      (codes) => firstRowsPerGroup(cases, 'enterpriseCreditCode', 'id', codes),
      (row) => row.enterpriseCreditCode,
    ),
    emissionAgreement: createKeyLoader(
      (codes) => findByKeys(agreements, 'enterpriseCreditCode', codes),
      (row) => row.enterpriseCreditCode,
    ),
    licenseHistory: createGroupLoader(
      (codes) => firstRowsPerGroup(events, 'enterpriseCreditCode', 'id', codes),
      (row) => row.enterpriseCreditCode,
    ),
  };
}

/** A short list per group, capped like every list that is not a connection. */
function firstRowsPerGroup<E extends ObjectLiteral>(
  repository: Repository<E>,
  groupProperty: keyof E & string,
  orderProperty: keyof E & string,
  groups: readonly string[],
): Promise<E[]> {
  return topRowsPerGroup(repository, { groupProperty, orderProperty, groups, limit: MAX_PAGE_SIZE });
}

/** Case ids arrive as GraphQL IDs (strings); one that is not a number matches no case. */
function findCasesByIds(cases: Repository<EnforcementCase>, ids: readonly string[]): Promise<EnforcementCase[]> {
  const numbers = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
  return numbers.length === 0 ? Promise.resolve([]) : findByKeys(cases, 'id', numbers);
}
