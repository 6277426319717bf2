import { runSubgraph } from '@governance/kit';
import { commerceBureau } from './subgraph';

runSubgraph(commerceBureau);
