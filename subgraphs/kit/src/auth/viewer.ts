import type { Agency } from './agencies';
import type { StatedPurpose } from './purpose';
import type { Scope } from './scopes';

/**
 * Who is asking: the verified claims of the request's token. Two kinds, told
 * apart by `kind`: an agency's staff (or a system acting for an agency), and
 * a resident reading about themself.
 */
export type Viewer = StaffViewer | ResidentViewer;

/** A member of an agency's staff: what the token's `agency` and `scopes` claims allow. */
export interface StaffViewer {
  readonly kind: 'staff';
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

/**
 * A resident (a token whose `kind` claim is `resident`): `subject` is their
 * pseudonymous Person.id. A resident holds no agency and no scope; the only
 * thing such a token may read is the resident's own data access report.
 */
export interface ResidentViewer {
  readonly kind: 'resident';
  readonly subject: string;
  readonly scopes: readonly [];
}

/** The `kind` claim of a resident's token; a staff token has none. */
export const RESIDENT_TOKEN_KIND = 'resident';

/** What a request says about itself, beyond its token; recorded in the audit log. */
export interface RequestPurpose {
  /** The `x-purpose` header: the registered purpose code and case reference. Null when absent. */
  readonly purpose: StatedPurpose | null;
  /** The client's operation name, as the gateway forwards it. */
  readonly operationName: string | null;
}

/** The agency a viewer speaks for, as audit entries name it: residents speak for no agency. */
export function viewerAgency(viewer: Viewer): string {
  return viewer.kind === 'staff' ? viewer.agency : RESIDENT_TOKEN_KIND;
}
