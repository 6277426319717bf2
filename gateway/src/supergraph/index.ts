export { createReloadingSupergraph, type ReloadResult, type ReloadingSupergraph } from './reloading-supergraph';
export { SchemaSwapLock } from './schema-swap-lock';
export { supergraphProblem } from './validate-supergraph';
