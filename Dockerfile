# Generated from agencies.json by `npm run sync:agencies`; edit scripts/src/agency-files/dockerfile.ts instead.
# One image for every service of the platform; docker-compose.yml picks the
# service with `command`. Built from the monorepo so that the committed
# supergraph and the kit are the same ones the tests ran.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.base.json agencies.json ./
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/dataset/package.json subgraphs/dataset/
COPY subgraphs/community-committees/package.json subgraphs/community-committees/
COPY subgraphs/public-security/package.json subgraphs/public-security/
COPY subgraphs/industry-associations/package.json subgraphs/industry-associations/
COPY subgraphs/commerce-bureau/package.json subgraphs/commerce-bureau/
COPY subgraphs/legal-affairs/package.json subgraphs/legal-affairs/
COPY gateway/package.json gateway/
COPY scripts/package.json scripts/
# The tests' package: a workspace that npm ci expects (its dev dependencies are pruned below).
COPY testkit/package.json testkit/
RUN npm ci --no-audit --no-fund
COPY subgraphs subgraphs
COPY gateway gateway
COPY scripts scripts
COPY schema schema
# The playground offers the dashboard contract as examples: compose passes ../shared/operations as the `contract` build context.
COPY --from=contract . /contract
RUN npx tsc -b subgraphs/kit subgraphs/dataset subgraphs/community-committees subgraphs/public-security subgraphs/industry-associations subgraphs/commerce-bureau subgraphs/legal-affairs gateway gateway/browser scripts \
 && node gateway/dist/bundle-public.js /contract \
 && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# malloc's arenas as npm start sets them (scripts/src/platform-config.ts); every service of docker-compose.yml runs this image.
ENV NODE_ENV=production HOST=0.0.0.0 APOLLO_TELEMETRY_DISABLED=1 MALLOC_ARENA_MAX=2
COPY --from=build /app /app
USER node
# The gateway with the heap flags npm start gives it (docker-compose.yml gives every service its own).
CMD ["node", "--max-semi-space-size=4", "--max-old-space-size=224", "gateway/dist/index.js"]
