import type { Agency } from './agencies';
import type { Scope } from './scopes';

/** Who is asking: the verified claims of the request's token. */
export interface Viewer {
  /** The token's `sub`: the person or system the agency issued it to. */
  readonly subject: string;
  readonly agency: Agency;
  readonly scopes: readonly Scope[];
  /**
   * The token's `client` claim: which application holds it, when it is one
   * the platform restricts. A `dashboard` token stands for a fixed screen,
   * not a person at a query editor: in production it may run only the
   * trusted documents (the dashboard's operations), never a query of its own.
   */
  readonly client?: Client;
}

export const CLIENTS = ['dashboard'] as const;
export type Client = (typeof CLIENTS)[number];

export function isClient(value: unknown): value is Client {
  return typeof value === 'string' && (CLIENTS as readonly string[]).includes(value);
}

/** What a request says about itself, beyond its token; recorded in the audit log. */
export interface RequestPurpose {
  /** The `x-purpose` header: why personal data is needed (a case number, a task). Null when absent. */
  readonly purpose: string | null;
  /** The client's operation name, as the gateway forwards it. */
  readonly operationName: string | null;
}

/** Personal data comes back unmasked only to a token with `pii:read` on a request that states its purpose. */
export function mayReadPersonalData(viewer: Viewer, purpose: string | null): boolean {
  return viewer.scopes.includes('pii:read') && purpose !== null;
}
