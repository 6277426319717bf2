export { ConfigError } from './config-error';
export { EnvReader, type Env } from './env-reader';
export { subgraphVariable } from './subgraph-variable';
