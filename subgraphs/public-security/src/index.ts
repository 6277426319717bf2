import { runSubgraph } from '@governance/kit';
import { publicSecurity } from './subgraph';

runSubgraph(publicSecurity);
