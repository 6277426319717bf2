import type { OwnerSubgraph } from '@governance/kit';

/** The register of persons that applicants are. */
export const COMMUNITY_COMMITTEES: OwnerSubgraph = { name: 'community-committees' };

/** The registry of enterprises that cases concern. */
export const COMMERCE_BUREAU: OwnerSubgraph = { name: 'commerce-bureau' };
