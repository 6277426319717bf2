/**
 * A root field that every subgraph (or every data owner) declares for its
 * own records, named after the subgraph because each lives in its own
 * database and federation cannot route one shared field by argument:
 * `subgraphFieldName('community-committees', 'AuditLog')` is `communityCommitteesAuditLog`.
 */
export function subgraphFieldName(subgraph: string, suffix: string): string {
  return `${subgraph.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase())}${suffix}`;
}
