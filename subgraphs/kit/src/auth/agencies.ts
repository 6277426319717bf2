import { agencyManifest, type AgencyManifest } from '../agencies';

/**
 * The agencies a token may speak for: one per subgraph, as agencies.json lists
 * them. A new bureau's staff can hold tokens once its manifest entry exists.
 */
export const AGENCIES: readonly string[] = agencyManifest().agencies.map((agency) => agency.name);

/** An agency's name (kebab-case), as tokens carry it in their `agency` claim. */
export type Agency = string;

export function isAgency(value: unknown, manifest: AgencyManifest = agencyManifest()): value is Agency {
  return typeof value === 'string' && manifest.agencies.some((agency) => agency.name === value);
}
