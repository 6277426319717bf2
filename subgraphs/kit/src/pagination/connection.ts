import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, encodeCursor, pageRequest, type PageRequest } from './page-request';
import { PageInfo } from './page-info';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `How many nodes (at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'An endCursor from a previous page.' })
  after?: string | null;

  get page(): PageRequest {
    return pageRequest(this.first, this.after);
  }
}

/** The fields every connection has; `totalCount` runs its count only when a client asks for it. */
export interface ConnectionFields<T> {
  nodes: T[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * The base class of a `<Node>Connection` type:
 * `@ObjectType() class EnterpriseConnection extends ConnectionType(Enterprise) {}`.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>) {
  @ObjectType() // not emitted itself: only types reachable from resolvers are
  abstract class Connection implements ConnectionFields<T> {
    @Field(() => [nodeType], { description: "This page's nodes, in list order." })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether another follows.' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'How many nodes the whole list has, computed by the database.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}

/**
 * A connection from rows fetched with `limit + 1`: the extra row only tells
 * that another page follows.
 */
export function toConnection<T extends object, C extends ConnectionFields<T>>(
  connectionClass: new () => C,
  rows: readonly T[],
  page: PageRequest,
  sortKeyOf: (node: T) => string,
  countTotal: () => Promise<number>,
): C {
  const nodes = rows.slice(0, page.limit);
  const last = nodes.at(-1);
  return Object.assign(new connectionClass(), {
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      endCursor: last === undefined ? null : encodeCursor(sortKeyOf(last)),
      hasNextPage: rows.length > page.limit,
    }),
    countTotal,
  });
}

/** The connection fields a page of rows answers; totalCount (and sums beside it) come from an aggregate. */
const PAGE_FIELDS = new Set(['nodes', 'edges', 'pageInfo']);

/**
 * Whether the client selected anything a page of rows answers, looking
 * through fragments. `talkEvents(first: 1) { totalCount }` does not, so its
 * rows need not be fetched, let alone ranked per group.
 */
export function selectsPage(info: GraphQLResolveInfo): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return PAGE_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment === undefined || visit(fragment.selectionSet.selections);
    });
  return info.fieldNodes.some((node) => node.selectionSet === undefined || visit(node.selectionSet.selections));
}

/**
 * A connection whose page is loaded only when the client asks for it: a
 * count-only connection costs one GROUP BY count per batch (its loader's),
 * and no page query. The subgraphs' connection resolvers go through here.
 */
export async function loadConnection<T extends object, C extends ConnectionFields<T>>(
  connectionClass: new () => C,
  info: GraphQLResolveInfo,
  page: PageRequest,
  loadRows: () => Promise<readonly T[]>,
  sortKeyOf: (node: T) => string,
  countTotal: () => Promise<number>,
): Promise<C> {
  const rows = selectsPage(info) ? await loadRows() : [];
  return toConnection(connectionClass, rows, page, sortKeyOf, countTotal);
}
