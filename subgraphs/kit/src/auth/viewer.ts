import type { Agency } from './agencies';
import type { Scope } from './scopes';

/** Who is asking: the verified claims of the request's token. */
export interface Viewer {
  /** The token's `sub`: the person or system the agency issued it to. */
  readonly subject: string;
  readonly agency: Agency;
  readonly scopes: readonly Scope[];
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
