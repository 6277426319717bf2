import { commerceBureau } from '@governance/commerce-bureau';
import { communityCommittees } from '@governance/community-committees';
import { industryAssociations } from '@governance/industry-associations';
import { publicSecurity } from '@governance/public-security';

/** Every subgraph of the platform, in the gateway's order. */
export const subgraphDefinitions = [communityCommittees, publicSecurity, industryAssociations, commerceBureau] as const;
