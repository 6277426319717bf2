import type { AssetManifest } from './asset-manifest';

/** The URL prefix under which the public folder is served. */
export const ASSETS_PATH = '/assets';

/**
 * What a page's script learns from the server, embedded as JSON (mirrored by
 * gateway/browser/src/page-config.ts). `token` is the pre-filled bearer token:
 * only ever set outside production.
 */
export interface PageConfig {
  readonly graphqlPath: string;
  readonly dashboardPath: string;
  /** The page where a person (or an auditor) reads a data access report. */
  readonly accessReportPath: string;
  readonly assetsPath: string;
  readonly introspection: boolean;
  readonly token: string | null;
  /** Each agency's name for people (`Commerce bureau (工商局)`), by subgraph name, from agencies.json. */
  readonly agencies: Readonly<Record<string, string>>;
}

/**
 * Same-origin everything, enforced by the browser: a page that tried to load
 * a font or script from a CDN would fail here as it would in an air-gapped
 * network. GraphiQL and CodeMirror set inline styles; fonts are data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** JSON that cannot close its <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

interface PageParts {
  readonly title: string;
  readonly config: PageConfig;
  readonly styles: readonly string[];
  readonly classicScripts: readonly string[];
  readonly moduleScript: string;
  readonly body: string;
}

function page(parts: PageParts): string {
  const asset = (file: string) => escapeHtml(`${parts.config.assetsPath}/${file}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<link rel="icon" href="${asset('favicon.svg')}" type="image/svg+xml">
${parts.styles.map((file) => `<link rel="stylesheet" href="${asset(file)}">`).join('\n')}
<script type="application/json" id="page-config">${scriptJson(parts.config)}</script>
</head>
<body>
${parts.body}
<noscript>This page needs JavaScript.</noscript>
${parts.classicScripts.map((file) => `<script src="${asset(file)}"></script>`).join('\n')}
<script type="module" src="${asset(parts.moduleScript)}"></script>
</body>
</html>
`;
}

/** GraphiQL over React, all from the public folder. */
export function renderPlaygroundPage(config: PageConfig, manifest: AssetManifest): string {
  return page({
    title: 'Playground · collaborative-governance graph',
    config,
    styles: [manifest.graphiqlStyle, 'playground.css'],
    classicScripts: [manifest.react, manifest.reactDom, manifest.graphiqlScript],
    moduleScript: 'js/playground.js',
    body: '<header id="playground-bar"></header>\n<main id="graphiql"><p class="loading">Loading the playground…</p></main>',
  });
}

/** The reference dashboard: plain DOM and inline SVG, no framework. */
export function renderDashboardPage(config: PageConfig): string {
  return page({
    title: 'Community dashboard · collaborative-governance graph',
    config,
    styles: ['dashboard.css'],
    classicScripts: [],
    moduleScript: 'js/dashboard.js',
    body: '<div id="dashboard"><p class="loading">Loading the dashboard…</p></div>',
  });
}

/** A person's data access report: it sends DataAccessReport only, so a resident's token can use it. */
export function renderAccessReportPage(config: PageConfig): string {
  return page({
    title: 'Data access report · collaborative-governance graph',
    config,
    styles: ['dashboard.css'],
    classicScripts: [],
    moduleScript: 'js/access-report.js',
    body: '<div id="access-report"><p class="loading">Loading the report page…</p></div>',
  });
}

/** Said instead of a page when the build step has not put the assets in place. */
export function renderMissingAssetsPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Assets not built</title></head>
<body><h1>The gateway's web assets are not built</h1>
<p>Run <code>npm run build</code>: it bundles GraphiQL, the dashboard and the contract operations into <code>gateway/dist/public</code>.</p>
</body></html>
`;
}
