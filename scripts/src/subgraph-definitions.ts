import { loadSubgraphDefinitions } from './agency-packages';

export { loadSubgraphDefinition, loadSubgraphDefinitions } from './agency-packages';

/** Every subgraph of the platform (the committed manifest's), in the gateway's order. Loaded when this module is. */
export const subgraphDefinitions = loadSubgraphDefinitions();
