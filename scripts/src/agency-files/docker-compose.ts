import type { AgencyEntry, AgencyManifest } from '@governance/kit/agencies';
import { subgraphVariable } from '@governance/kit/env';
import { HEAP, heapFlags, type ServiceKind } from '../platform-config';
import { execForm } from './exec-form';

/** What the compose file needs to know of each agency's code: whose records its writes check. */
export interface AgencyOwners {
  readonly name: string;
  readonly owners?: readonly { readonly name: string }[];
}

/** `commerce-bureau` -> `commerce_bureau`: the agency's MySQL user and database. */
export function databaseAccount(agency: string): string {
  return agency.replace(/-/g, '_');
}

const required = (variable: string) => `\${${variable}:?set ${variable}}`;

/** `command`: node with the heap flags npm start passes, the cap taken from the same variable with the same default. */
function command(kind: ServiceKind, entry: string): string {
  const cap = HEAP[kind].oldSpace;
  return execForm(['node', ...heapFlags(kind, `\${${cap.variable}:-${cap.defaultMb}}`), entry]);
}
const readyCheck = (port: number, path: string) =>
  `["CMD", "node", "-e", "fetch('http://127.0.0.1:${port}${path}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]`;

/**
 * What a subgraph knows of another agency: where it is, its secret (for owner
 * checks, the register's access reports and handing it signed audit heads)
 * and the public key its own heads are signed with.
 */
function peerVariables(peer: AgencyEntry): string {
  return `      ${subgraphVariable(peer.name, 'SUBGRAPH_SECRET')}: ${required(subgraphVariable(peer.name, 'SUBGRAPH_SECRET'))}
      ${subgraphVariable(peer.name, 'URL')}: http://${peer.name}:${peer.defaultPort}/graphql
      ${subgraphVariable(peer.name, 'AUDIT_PUBLIC_KEY')}: ${required(subgraphVariable(peer.name, 'AUDIT_PUBLIC_KEY'))}
`;
}

function subgraphService(agency: AgencyEntry, owners: readonly AgencyEntry[], peers: readonly AgencyEntry[]): string {
  const password = subgraphVariable(agency.name, 'DB_PASSWORD');
  const account = databaseAccount(agency.name);
  return `  ${agency.name}:
    <<: *subgraph
    command: ${command('subgraph', `${agency.package}/dist/index.js`)}
    environment:
      <<: [*identity, *operations]
      NODE_ENV: production
      DEPLOYMENT_ENV: production
      HOST: 0.0.0.0
      PORT: "${agency.defaultPort}"
      DATABASE_URL: mysql://${account}:\${${password}}@mysql:3306/${account}
      DATABASE_POOL_SIZE: \${DATABASE_POOL_SIZE:-10}
      SEED_ON_EMPTY: \${SEED_ON_EMPTY:-true}
      PERSON_PSEUDONYM_KEY: ${required('PERSON_PSEUDONYM_KEY')}
      SUBGRAPH_SECRET: ${required(subgraphVariable(agency.name, 'SUBGRAPH_SECRET'))}
      AUDIT_SIGNING_KEY: ${required(subgraphVariable(agency.name, 'AUDIT_SIGNING_KEY'))}
${peers.map(peerVariables).join('')}    volumes:
      - *jwks-volume
    depends_on:
      mysql: { condition: service_healthy }
${owners.map((owner) => `      ${owner.name}: { condition: service_healthy }\n`).join('')}    healthcheck:
      test: ${readyCheck(agency.defaultPort, '/ready')}
      <<: *ready-check
`;
}

function gatewayService(manifest: AgencyManifest): string {
  const port = manifest.gateway.defaultPort;
  return `  gateway:
    <<: *subgraph
    command: ${command('gateway', 'gateway/dist/index.js')}
    environment:
      <<: [*identity, *operations]
      NODE_ENV: production
      DEPLOYMENT_ENV: production
      HOST: 0.0.0.0
      PORT: "${port}"
${manifest.agencies
  .map(
    (agency) => `      ${subgraphVariable(agency.name, 'SUBGRAPH_SECRET')}: ${required(subgraphVariable(agency.name, 'SUBGRAPH_SECRET'))}
      ${subgraphVariable(agency.name, 'URL')}: http://${agency.name}:${agency.defaultPort}/graphql
`,
  )
  .join('')}      SUBGRAPH_TIMEOUT_MS: \${SUBGRAPH_TIMEOUT_MS:-5000}
      CORS_ORIGINS: \${CORS_ORIGINS:-}
      RATE_LIMIT_PER_SUBJECT: \${RATE_LIMIT_PER_SUBJECT:-600}
      RATE_LIMIT_PER_AGENCY: \${RATE_LIMIT_PER_AGENCY:-6000}
      # The host's schema/ folder: a new supergraph there (git pull after a bureau's change) is served without a restart.
      SUPERGRAPH_PATH: /app/supergraph/supergraph.graphql
    volumes:
      - *jwks-volume
      - ./schema:/app/supergraph:ro
    ports:
      - "\${GATEWAY_PUBLISHED_PORT:-${port}}:${port}"
    depends_on:
${manifest.agencies.map((agency) => `      ${agency.name}: { condition: service_healthy }\n`).join('')}    healthcheck:
      test: ${readyCheck(port, '/health')}
      <<: *ready-check
`;
}

/**
 * docker-compose.yml: MySQL, one service per agency of the manifest, and the
 * gateway. Generated (`npm run sync:agencies`) so that a new bureau's service,
 * database password and secret appear with its manifest entry.
 */
export function renderDockerCompose(manifest: AgencyManifest, code: readonly AgencyOwners[]): string {
  const ownersOf = (agency: AgencyEntry) => {
    const names = code.find((candidate) => candidate.name === agency.name)?.owners?.map((owner) => owner.name) ?? [];
    return manifest.agencies.filter((candidate) => names.includes(candidate.name));
  };
  return `# Generated from agencies.json by \`npm run sync:agencies\`; edit scripts/src/agency-files/docker-compose.ts instead.
# A one-host deployment: MySQL 8 with one database and one user per agency,
# one service per agency and the gateway, built from this repository (Dockerfile).
# Each bureau deploys alone: \`docker compose up -d --no-deps <agency>\` starts,
# upgrades or restarts its service only; it migrates its own database on start.
# Secrets come from the environment or an .env file beside this one:
#   MYSQL_ROOT_PASSWORD, PERSON_PSEUDONYM_KEY (>= 16 characters),
#   <AGENCY>_DB_PASSWORD for each agency (URL-safe: letters, digits, - and _) and
#   <AGENCY>_SUBGRAPH_SECRET for each agency (>= 32 characters; the gateway and
#   the other agencies send it: owner checks, access reports, audit heads) and
#   <AGENCY>_AUDIT_SIGNING_KEY / <AGENCY>_AUDIT_PUBLIC_KEY for each agency
#   (Ed25519, from \`npm run audit:keys\`: each agency signs its audit chain's
#   head with its private key; the others keep the signed heads and check them
#   with its public key).
# Tokens are verified against the identity provider's public keys: put its JWKS
# at deploy/jwks.json (or point JWKS_PATH at it); JWT_ISSUER and JWT_AUDIENCE
# say which tokens are meant for this graph.
name: collaborative-governance

x-subgraph: &subgraph
  build:
    context: .
    # The playground's example operations: the dashboard contract beside this repository.
    additional_contexts:
      contract: ../shared/operations
  image: collaborative-governance:latest
  restart: unless-stopped

# Every service verifies tokens the same way.
x-identity: &identity
  JWKS_FILE: /run/secrets/jwks.json
  JWT_ISSUER: \${JWT_ISSUER:-collaborative-governance}
  JWT_AUDIENCE: \${JWT_AUDIENCE:-collaborative-governance-graph}

# Every service logs JSON lines to stdout (docker logs), serves /metrics on
# port 9464 of the compose network (not published: a Prometheus joined to the
# network scrapes <service>:9464) and sends traces when an OTLP endpoint is set.
x-operations: &operations
  LOG_LEVEL: \${LOG_LEVEL:-info}
  METRICS_HOST: 0.0.0.0
  METRICS_PORT: "9464"
  OTEL_EXPORTER_OTLP_ENDPOINT: \${OTEL_EXPORTER_OTLP_ENDPOINT:-}

x-jwks-volume: &jwks-volume \${JWKS_PATH:-./deploy/jwks.json}:/run/secrets/jwks.json:ro

x-ready-check: &ready-check
  interval: 10s
  timeout: 3s
  retries: 12
  start_period: 20s

services:
  mysql:
    image: mysql:8.4
    restart: unless-stopped
    command: ["--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"]
    environment:
      MYSQL_ROOT_PASSWORD: ${required('MYSQL_ROOT_PASSWORD')}
${manifest.agencies.map((agency) => `      ${subgraphVariable(agency.name, 'DB_PASSWORD')}: ${required(subgraphVariable(agency.name, 'DB_PASSWORD'))}\n`).join('')}    volumes:
      - mysql-data:/var/lib/mysql
      - ./deploy/mysql-init:/docker-entrypoint-initdb.d:ro
    healthcheck:
      test: ["CMD-SHELL", "mysqladmin ping -h 127.0.0.1 -uroot -p\\"$$MYSQL_ROOT_PASSWORD\\" --silent"]
      <<: *ready-check

${[
  ...manifest.agencies.map((agency) =>
    subgraphService(
      agency,
      ownersOf(agency),
      manifest.agencies.filter((peer) => peer.name !== agency.name),
    ),
  ),
  gatewayService(manifest),
].join('\n')}
volumes:
  mysql-data:
`;
}
