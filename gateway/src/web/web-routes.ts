import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAssetManifest, type AssetManifest } from './asset-manifest';
import { prefersHtml } from './prefers-html';
import { ASSETS_PATH, CONTENT_SECURITY_POLICY, renderAccessReportPage, renderDashboardPage, renderMissingAssetsPage, renderPlaygroundPage, type PageConfig } from './pages';
import { resolvePublicFile, sendFile } from './static-files';

export interface WebRoutesOptions {
  readonly graphqlPath: string;
  /** The folder the build step filled (gateway/dist/public); nothing outside it is served. */
  readonly publicDir: string;
  readonly introspection: boolean;
  /** Pre-filled in the playground and dashboard; the caller passes it only outside production. */
  readonly token?: string;
  /** How the pages name each agency (GatewayConfig.agencyLabels). */
  readonly agencies: Readonly<Record<string, string>>;
  /** Files at least this long go out compressed to browsers that accept it. */
  readonly compressionMinBytes: number;
}

export const DASHBOARD_PATH = '/dashboard';
export const ACCESS_REPORT_PATH = '/dashboard/access-report';
/** Vendor files are bundled under versioned folders (vendor/graphiql@3.9.0/...), so a URL never changes content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The gateway's web pages, for serveGraphQL's `routes` hook: the playground
 * at the GraphQL path when a browser asks for HTML, the dashboard, the data
 * access report page, and the public folder under /assets. Anything else goes on to GraphQL (and its CSRF
 * prevention) untouched.
 */
export function createWebRoutes(options: WebRoutesOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const config: PageConfig = {
    graphqlPath: options.graphqlPath,
    dashboardPath: DASHBOARD_PATH,
    accessReportPath: ACCESS_REPORT_PATH,
    assetsPath: ASSETS_PATH,
    introspection: options.introspection,
    token: options.token ?? null,
    agencies: options.agencies,
  };
  let manifest: AssetManifest | undefined;
  const currentManifest = () => (manifest ??= readAssetManifest(options.publicDir));

  return async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (pathname === options.graphqlPath) {
      if (!readOnly || !prefersHtml(request.headers.accept)) return false;
      const assets = currentManifest();
      sendPage(request, response, assets ? renderPlaygroundPage(config, assets) : undefined);
      return true;
    }
    const pages: Readonly<Record<string, () => string>> = { [DASHBOARD_PATH]: () => renderDashboardPage(config), [ACCESS_REPORT_PATH]: () => renderAccessReportPage(config) };
    if (!(pathname in pages) && !pathname.startsWith(`${ASSETS_PATH}/`)) return false;
    if (!readOnly) {
      response.statusCode = 405;
      response.setHeader('Allow', 'GET, HEAD');
      response.end();
      return true;
    }
    if (pathname in pages) {
      sendPage(request, response, currentManifest() ? pages[pathname]() : undefined);
      return true;
    }
    const relative = pathname.slice(ASSETS_PATH.length + 1);
    const file = await resolvePublicFile(options.publicDir, relative);
    if (file === undefined) {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found\n');
      return true;
    }
    await sendFile(request, response, file, relative.startsWith('vendor/') ? IMMUTABLE : REVALIDATE, options.compressionMinBytes);
    return true;
  };
}

/** A page, or 503 when the build step has not run; never cached, since a development page carries a token. */
function sendPage(request: IncomingMessage, response: ServerResponse, html: string | undefined): void {
  response.statusCode = html === undefined ? 503 : 200;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  const body = html ?? renderMissingAssetsPage();
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(request.method === 'HEAD' ? undefined : body);
}
