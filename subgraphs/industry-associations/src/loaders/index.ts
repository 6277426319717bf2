import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  MAX_PAGE_SIZE,
  createAggregateLoader,
  createGroupLoader,
  createGroupPageLoader,
  createKeyLoader,
  findByKeys,
  rankedRowsPerGroup,
  totalsByGroup,
  type GroupPageKey,
  type SubgraphContext,
} from '@governance/kit';
import { Association } from '../entities/association.entity';
import { CertificationMark } from '../entities/certification-mark.entity';
import { MarkAuthorisation } from '../entities/mark-authorisation.entity';
import { Membership } from '../entities/membership.entity';
import { SafeCommunityDesignation } from '../entities/safe-community-designation.entity';
import { ServiceContract } from '../entities/service-contract.entity';
import { splitCursor } from './cursors';
import { membershipsOfEnterprises } from './memberships-of-enterprises';

export interface AssociationsLoaders {
  readonly association: DataLoader<string, Association | null>;
  readonly certificationMark: DataLoader<string, CertificationMark | null>;
  /** A page of an association's memberships, by `since` then enterprise credit code. */
  readonly membershipsOfAssociation: DataLoader<GroupPageKey<string>, Membership[], string>;
  readonly membershipCount: DataLoader<string, number>;
  /** An enterprise's memberships (at most MAX_PAGE_SIZE), oldest first, each with its `association` set. */
  readonly membershipsOfEnterprise: DataLoader<string, Membership[]>;
  readonly marksOfHolder: DataLoader<string, CertificationMark[]>;
  /** The marks an enterprise is authorised to use, as authorisations (the marks come through `certificationMark`). */
  readonly authorisationsOfEnterprise: DataLoader<string, MarkAuthorisation[]>;
  /** A page of a mark's authorised users, by enterprise credit code. */
  readonly authorisationsOfMark: DataLoader<GroupPageKey<string>, MarkAuthorisation[], string>;
  readonly authorisationCount: DataLoader<string, number>;
  readonly contractsOfProvider: DataLoader<string, ServiceContract[]>;
  readonly contractsOfCommunity: DataLoader<string, ServiceContract[]>;
  readonly designationsOfCommunity: DataLoader<string, SafeCommunityDesignation[]>;
}

export type AssociationsContext = SubgraphContext<AssociationsLoaders>;

export function createLoaders(db: DataSource): AssociationsLoaders {
  const associations = db.getRepository(Association);
  const marks = db.getRepository(CertificationMark);
  const memberships = db.getRepository(Membership);
  const authorisations = db.getRepository(MarkAuthorisation);
  const contracts = db.getRepository(ServiceContract);
  const designations = db.getRepository(SafeCommunityDesignation);
  // Short lists per parent: one statement for all parents, each capped at MAX_PAGE_SIZE rows.
  const capped = { limit: MAX_PAGE_SIZE } as const;
  return {
    association: createKeyLoader(
      (codes) => findByKeys(associations, 'creditCode', codes),
      (row) => row.creditCode,
    ),
    certificationMark: createKeyLoader(
      (numbers) => findByKeys(marks, 'registrationNumber', numbers),
      (row) => row.registrationNumber,
    ),
    membershipsOfAssociation: createGroupPageLoader(
      (groups, page) =>
        rankedRowsPerGroup(memberships, {
          ...capped,
          groupProperty: 'associationCreditCode',
          groups,
          order: ['since', 'enterpriseCreditCode'],
          limit: page.limit + 1,
          after: splitCursor(page.after, 2),
        }),
      (row) => row.associationCreditCode,
    ),
    membershipCount: createAggregateLoader((codes) => totalsByGroup(memberships, 'associationCreditCode', codes)),
    membershipsOfEnterprise: createGroupLoader(
      (codes) => membershipsOfEnterprises(db, codes),
      (row) => row.enterpriseCreditCode,
    ),
    marksOfHolder: createGroupLoader(
      (codes) => rankedRowsPerGroup(marks, { ...capped, groupProperty: 'holderCreditCode', groups: codes, order: ['registrationNumber'] }),
      (row) => row.holderCreditCode,
    ),
    authorisationsOfEnterprise: createGroupLoader(
      (codes) => rankedRowsPerGroup(authorisations, { ...capped, groupProperty: 'enterpriseCreditCode', groups: codes, order: ['registrationNumber'] }),
      (row) => row.enterpriseCreditCode,
    ),
    authorisationsOfMark: createGroupPageLoader(
      (groups, page) =>
        rankedRowsPerGroup(authorisations, {
          ...capped,
          groupProperty: 'registrationNumber',
          groups,
          order: ['enterpriseCreditCode'],
          limit: page.limit + 1,
          after: splitCursor(page.after, 1),
        }),
      (row) => row.registrationNumber,
    ),
    authorisationCount: createAggregateLoader((numbers) => totalsByGroup(authorisations, 'registrationNumber', numbers)),
    contractsOfProvider: createGroupLoader(
      (codes) => rankedRowsPerGroup(contracts, { ...capped, groupProperty: 'providerCreditCode', groups: codes, order: ['startsOn', 'id'] }),
      (row) => row.providerCreditCode,
    ),
    contractsOfCommunity: createGroupLoader(
      (codes) => rankedRowsPerGroup(contracts, { ...capped, groupProperty: 'communityCode', groups: codes, order: ['startsOn', 'id'] }),
      (row) => row.communityCode,
    ),
    designationsOfCommunity: createGroupLoader(
      (codes) => rankedRowsPerGroup(designations, { ...capped, groupProperty: 'communityCode', groups: codes, order: ['year', 'id'] }),
      (row) => row.communityCode,
    ),
  };
}
