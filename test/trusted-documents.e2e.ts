import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { SUBGRAPHS, subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { TrustedDocuments, trustedDocumentId } from '@governance/gateway/trusted-documents';
import { DEFAULT_OPERATIONS_DIR } from '@governance/gateway/web/public-bundle';
import { DASHBOARD_OPERATIONS_DIR, contractFolders } from '@governance/scripts/contract-operations';
import { subgraphSecretVariable } from '@governance/kit/auth';
import { bearer, claims, es256Keys, raw, type Es256Keys } from './security/support';
import { freePort } from '@governance/testkit/free-ports';
import { startStack, type Stack } from './support/stack';
import { headersFor, type Caller } from '@governance/testkit/tokens';

const DIRECTORY = fs.readFileSync(path.join(DEFAULT_OPERATIONS_DIR, 'directory.graphql'), 'utf8');
const FREE_QUERY = '{ policeStations { id name } }';
const ANALYST: Caller = { agency: 'community-committees', scopes: ['read'] };
const DASHBOARD: Caller = { ...ANALYST, client: 'dashboard' };

const byId = (id: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });

/**
 * Trusted documents: the manifest holds every operation the dashboard sends,
 * clients may send a document's id instead of its text, and a dashboard
 * token runs nothing else where that is enforced (production), while an
 * analyst keeps free queries.
 */
describe('trusted documents', () => {
  const manifest = TrustedDocuments.read(DEFAULT_TRUSTED_DOCUMENTS_PATH).manifest;

  it("lists the contract (shared and each bureau's own) and the dashboard's own operations, each under the SHA-256 of its exact text", () => {
    const files = [...contractFolders().map((folder) => folder.dir), DASHBOARD_OPERATIONS_DIR].flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.graphql'))
        .map((name) => path.join(dir, name)),
    );
    expect(manifest.operations.map((document) => document.body).sort()).toEqual(files.map((file) => fs.readFileSync(file, 'utf8')).sort());
    for (const document of manifest.operations) expect(document.id).toBe(trustedDocumentId(document.body));
    expect(manifest.operations.map((document) => document.name)).toEqual(expect.arrayContaining(['Directory', 'CommunityOverview', 'SubDistricts', 'ReconsiderationStats']));
  });

  describe('through the gateway, enforced', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ gatewayEnv: { TRUSTED_DOCUMENTS_ENFORCED: 'true' } });
    });
    afterAll(() => stack.stop());

    const post = async (caller: Caller, body: unknown) =>
      raw(stack.gateway.url, { headers: { 'content-type': 'application/json', ...(await headersFor(caller)) }, body: JSON.stringify(body) });

    it('runs a trusted document sent by id, for a dashboard token', async () => {
      const response = await post(DASHBOARD, byId(trustedDocumentId(DIRECTORY)));
      expect(response.status).toBe(200);
      expect(response.json.errors).toBeUndefined();
      expect(response.json.data.policeStations.length).toBeGreaterThan(0);
    });

    it('runs a trusted document sent as its exact text, for a dashboard token', async () => {
      const response = await post(DASHBOARD, { query: DIRECTORY });
      expect(response.status).toBe(200);
      expect(response.json.data.subDistricts.length).toBeGreaterThan(0);
    });

    it.each([
      ['a query of its own', FREE_QUERY],
      ['a trusted document changed by one space', DIRECTORY.replace('query Directory', 'query  Directory')],
    ])('refuses %s from a dashboard token with 403 PERSISTED_QUERY_NOT_IN_LIST', async (_case, query) => {
      const response = await post(DASHBOARD, { query });
      expect(response.status).toBe(403);
      expect(response.json.data ?? null).toBeNull();
      expect(response.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    });

    it("keeps free queries for an analyst's token", async () => {
      const response = await post(ANALYST, { query: FREE_QUERY });
      expect(response.status).toBe(200);
      expect(response.json.data.policeStations.length).toBeGreaterThan(0);
    });

    it('lets nobody register a document: an unknown id stays unknown after its text was sent with it', async () => {
      const id = trustedDocumentId(FREE_QUERY);
      expect((await post(ANALYST, byId(id))).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await post(ANALYST, { query: FREE_QUERY, ...byId(id) })).status).toBe(200);
      expect((await post(ANALYST, byId(id))).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await post(DASHBOARD, byId(id))).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });

  describe('in production', () => {
    let keys: Es256Keys;
    let gateway: RunningGateway;
    beforeAll(async () => {
      keys = es256Keys();
      // A port nothing listens on: the refusals come from the gateway itself.
      const closed = await freePort();
      gateway = await startGateway(
        loadGatewayConfig({
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          PORT: '0',
          JWKS_FILE: keys.jwksFile,
          ...Object.fromEntries(
            SUBGRAPHS.flatMap(({ name }) => [
              [subgraphUrlVariable(name), `http://127.0.0.1:${closed}/graphql`],
              [subgraphSecretVariable(name), `${name}-secret-for-tests-only-0123456789`],
            ]),
          ),
        }),
      );
    });
    afterAll(async () => {
      await gateway.stop();
      keys.cleanup();
    });

    const post = (token: string, body: unknown) => raw(gateway.url, { headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });

    it("refuses a dashboard token an untrusted document, and lets an analyst's token send it on", async () => {
      const dashboard = await post(keys.sign(claims('community-committees', { client: 'dashboard' })), { query: FREE_QUERY });
      expect(dashboard.status).toBe(403);
      expect(dashboard.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      // The analyst's query passes the gate and goes to the (closed) subgraph: refused for that reason only.
      const analyst = await post(keys.sign(claims('community-committees')), { query: FREE_QUERY });
      expect(analyst.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).not.toContain('PERSISTED_QUERY_NOT_IN_LIST');
      expect(analyst.json.errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    });
  });
});
