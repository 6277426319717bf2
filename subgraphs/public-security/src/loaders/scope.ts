/**
 * A DataLoader key for a group narrowed by a filter (a community's events of
 * 2010, a team's shifts of January): `<filter>|<group>`. Keys with the same
 * filter are fetched with one statement for all their groups.
 */
export function scopeKey(filter: string, group: string): string {
  return `${filter}|${group}`;
}

/** The groups of a batch of scope keys, by filter. Filters never contain `|`; groups may. */
export function groupsByFilter(keys: readonly string[]): Map<string, string[]> {
  const byFilter = new Map<string, string[]>();
  for (const key of keys) {
    const cut = key.indexOf('|');
    const filter = key.slice(0, cut);
    byFilter.set(filter, [...(byFilter.get(filter) ?? []), key.slice(cut + 1)]);
  }
  return byFilter;
}

/** A row fetched for a scope: the same row can belong to several scopes of one batch. */
export interface Scoped<T> {
  readonly scope: string;
  readonly row: T;
}
