import type { OwnerSubgraph } from '@governance/kit';

/** The register of communities and persons that enterprises are filed under and represented by. */
export const COMMUNITY_COMMITTEES: OwnerSubgraph = { name: 'community-committees' };
