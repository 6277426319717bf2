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
    @Field(() => [nodeType], { description: 'This page\'s nodes, in list order.' })
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
