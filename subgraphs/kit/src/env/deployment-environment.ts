import type { EnvReader } from './env-reader';

export type DeploymentEnvironment = 'development' | 'test' | 'production';

const ENVIRONMENTS = ['development', 'test', 'production'] as const;

/**
 * Which configuration rules apply: production requires secrets and keys and
 * turns introspection off. Read from DEPLOYMENT_ENV, or NODE_ENV when that is
 * unset. The two are separate because NODE_ENV=production also switches
 * graphql-js (read when it is loaded) out of its slow development checks:
 * `npm start` wants that speed with a development configuration, so it sets
 * NODE_ENV=production and DEPLOYMENT_ENV=development for its services.
 */
export function readDeploymentEnvironment(read: EnvReader): DeploymentEnvironment {
  const fromNode = read.optionalString('NODE_ENV');
  const variable = read.optionalString('DEPLOYMENT_ENV') === undefined ? 'NODE_ENV' : 'DEPLOYMENT_ENV';
  if (variable === 'NODE_ENV' && fromNode === undefined) return 'development';
  return read.oneOf(variable, ENVIRONMENTS, 'development');
}
