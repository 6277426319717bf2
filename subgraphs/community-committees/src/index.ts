import { runSubgraph } from '@governance/kit';
import { communityCommittees } from './subgraph';

runSubgraph(communityCommittees);
