import { runSubgraph } from '@governance/kit';
import { legalAffairs } from './subgraph';

runSubgraph(legalAffairs);
