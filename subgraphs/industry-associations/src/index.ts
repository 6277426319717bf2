import { runSubgraph } from '@governance/kit';
import { industryAssociations } from './subgraph';

runSubgraph(industryAssociations);
