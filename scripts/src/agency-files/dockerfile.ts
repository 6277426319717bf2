import type { AgencyManifest } from '@governance/kit/agencies';
import { HEAP, heapFlags, MALLOC_ARENAS } from '../platform-config';
import { execForm } from './exec-form';

/**
 * The Dockerfile: one image for every service, with each agency's package
 * copied and compiled. Generated from the manifest (`npm run sync:agencies`),
 * because Docker has no loop over a list of packages.
 */
export function renderDockerfile(manifest: AgencyManifest): string {
  const packages = ['subgraphs/kit', 'subgraphs/dataset', ...manifest.agencies.map((agency) => agency.package)];
  return `# Generated from agencies.json by \`npm run sync:agencies\`; edit scripts/src/agency-files/dockerfile.ts instead.
# One image for every service of the platform; docker-compose.yml picks the
# service with \`command\`. Built from the monorepo so that the committed
# supergraph and the kit are the same ones the tests ran.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.base.json agencies.json ./
${packages.map((folder) => `COPY ${folder}/package.json ${folder}/`).join('\n')}
COPY gateway/package.json gateway/
COPY scripts/package.json scripts/
# The tests' package: a workspace that npm ci expects (its dev dependencies are pruned below).
COPY testkit/package.json testkit/
RUN npm ci --no-audit --no-fund
COPY subgraphs subgraphs
COPY gateway gateway
COPY scripts scripts
COPY schema schema
# The playground offers the dashboard contract as examples: compose passes ../shared/operations as the \`contract\` build context.
COPY --from=contract . /contract
RUN npx tsc -b ${packages.join(' ')} gateway gateway/browser scripts \\
 && node gateway/dist/bundle-public.js /contract \\
 && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# malloc's arenas as npm start sets them (scripts/src/platform-config.ts); every service of docker-compose.yml runs this image.
ENV NODE_ENV=production HOST=0.0.0.0 APOLLO_TELEMETRY_DISABLED=1 ${MALLOC_ARENAS.variable}=${MALLOC_ARENAS.default}
COPY --from=build /app /app
USER node
# The gateway with the heap flags npm start gives it (docker-compose.yml gives every service its own).
CMD ${execForm(['node', ...heapFlags('gateway', HEAP.gateway.oldSpace.defaultMb), 'gateway/dist/index.js'])}
`;
}
