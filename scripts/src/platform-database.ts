import { loadSubgraphConfig, type SubgraphConfig, type SubgraphDefinition } from '@governance/kit';
import { subgraphVariable, type Env } from '@governance/kit/env';

/**
 * A subgraph's configuration as the platform's tools see it: its database from
 * `<SUBGRAPH>_DATABASE_URL` (COMMERCE_BUREAU_DATABASE_URL...), or the SQLite
 * file under data/ that `npm start` uses, so that a tool run from the
 * repository's root reaches the same databases as the running platform.
 */
export function platformSubgraphConfig(definition: SubgraphDefinition<unknown>, env: Env): SubgraphConfig {
  const { DATABASE_URL: _ignored, ...rest } = env;
  const url = env[subgraphVariable(definition.name, 'DATABASE_URL')];
  return loadSubgraphConfig(definition, { ...rest, PORT: '0', ...(url === undefined ? {} : { DATABASE_URL: url }) });
}
