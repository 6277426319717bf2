import { AGENCIES, subgraphSecretVariable } from '@governance/kit/auth';

/**
 * The least a gateway or subgraph needs to start with NODE_ENV=production: a
 * JWKS location (fetched only when a token arrives) and every subgraph secret.
 */
export function productionEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    // Production logs every request at info; a test's output keeps to warnings, like the test environment's.
    LOG_LEVEL: 'warn',
    JWKS_URL: 'https://identity.example.gov.cn/.well-known/jwks.json',
    ...Object.fromEntries(AGENCIES.map((agency) => [subgraphSecretVariable(agency), `${agency}-secret-for-tests-only-0123456789`])),
  };
}
