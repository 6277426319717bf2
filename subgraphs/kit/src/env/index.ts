export { ConfigError } from './config-error';
export { EnvReader, type Env } from './env-reader';
export { subgraphVariable } from './subgraph-variable';
export { readDeploymentEnvironment, type DeploymentEnvironment } from './deployment-environment';
export { REPOSITORY_ROOT, resolveFromRoot } from './repository-root';
