/** What the gateway embeds in each page (mirrors PageConfig in gateway/src/web/pages.ts). */
export interface PageConfig {
  readonly graphqlPath: string;
  readonly dashboardPath: string;
  /** The page where a person (or an auditor) reads a data access report. */
  readonly accessReportPath: string;
  readonly assetsPath: string;
  readonly introspection: boolean;
  /** A pre-filled bearer token: set in development only. */
  readonly token: string | null;
  /** Each agency's name for people (`Commerce bureau (工商局)`), by subgraph name, from agencies.json. */
  readonly agencies: Readonly<Record<string, string>>;
}

export function readPageConfig(): PageConfig {
  const element = document.getElementById('page-config');
  if (!element?.textContent) throw new Error('This page was not served by the gateway (no page configuration)');
  return JSON.parse(element.textContent) as PageConfig;
}
