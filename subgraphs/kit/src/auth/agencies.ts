/**
 * The agencies a token may speak for: one per subgraph. A new bureau joins
 * by adding its subgraph's name here, so that its staff can hold tokens.
 */
export const AGENCIES = ['community-committees', 'public-security', 'industry-associations', 'commerce-bureau'] as const;

export type Agency = (typeof AGENCIES)[number];

export function isAgency(value: unknown): value is Agency {
  return typeof value === 'string' && (AGENCIES as readonly string[]).includes(value);
}
