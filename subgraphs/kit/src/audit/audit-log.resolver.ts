import { Args, ArgsType, Authorized, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import type { SubgraphContext } from '../context';
import type { DecoratedClass } from '../build-subgraph';
import { BadUserInputError } from '../errors';
import { ConnectionArgs, ConnectionType, toConnection } from '../pagination';
import { subgraphFieldName } from '../subgraph-field-name';
import { AuditEntry } from './audit-entry.entity';
import { GENESIS_HASH } from './audit-hash';
import { problemOf } from './verify-audit-chain';

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this person (pseudonymous id).' })
  person?: string | null;
}

@ObjectType({ description: "A page of an agency's audit log, newest first, with the chain checked for the entries on it." })
@Directive('@shareable')
export class AuditEntryConnection extends ConnectionType(AuditEntry) {
  @Field(() => [Int], {
    description: 'Sequences on this page whose content was altered or whose link to the entry before is broken; empty when intact. `npm run audit:verify` checks the whole chain.',
  })
  brokenSequences!: number[];
}

const resolvers = new Map<string, DecoratedClass>();

/** `communityCommitteesAuditLog`: each agency's log has its own root field, since each lives in its own database. */
export function auditLogFieldName(subgraph: string): string {
  return subgraphFieldName(subgraph, 'AuditLog');
}

/**
 * The audit-log query of one subgraph (type-graphql needs one class per root
 * field name, made once per name). Only a token of the same agency with
 * `audit:read` may read it.
 */
export function auditLogResolver(subgraph: string): DecoratedClass {
  const existing = resolvers.get(subgraph);
  if (existing) return existing;

  @Resolver()
  class AuditLogResolver {
    @Authorized('audit:read')
    @Query(() => AuditEntryConnection, {
      name: auditLogFieldName(subgraph),
      description: `The ${subgraph} audit log: its writes and reads of unmasked personal data, newest first. Needs the "audit:read" scope and a ${subgraph} token.`,
    })
    async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() { db }: SubgraphContext<unknown>): Promise<AuditEntryConnection> {
      const page = args.page;
      const after = page.after === undefined ? undefined : Number(page.after);
      if (after !== undefined && !Number.isInteger(after)) throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
      const narrow = <Q extends { andWhere(condition: string, parameters?: object): Q }>(query: Q): Q =>
        args.person ? query.andWhere('e.person = :person', { person: args.person }) : query;
      let query = narrow(db.getRepository(AuditEntry).createQueryBuilder('e'));
      if (after !== undefined) query = query.andWhere('e.sequence < :after', { after });
      const rows = await query
        .orderBy('e.sequence', 'DESC')
        .take(page.limit + 1)
        .getMany();
      const connection = toConnection(
        AuditEntryConnection,
        rows,
        page,
        (entry) => String(entry.sequence),
        () => narrow(db.getRepository(AuditEntry).createQueryBuilder('e')).getCount(),
      );
      connection.brokenSequences = await brokenOnPage(db, connection.nodes);
      return connection;
    }
  }
  resolvers.set(subgraph, AuditLogResolver);
  return AuditLogResolver;
}

/** Checks each entry on the page against its predecessor, fetched in one statement. */
async function brokenOnPage(db: SubgraphContext<unknown>['db'], entries: readonly AuditEntry[]): Promise<number[]> {
  const wanted = entries.map((entry) => entry.sequence - 1).filter((sequence) => sequence > 0);
  const predecessors = wanted.length === 0 ? [] : await db.getRepository(AuditEntry).findBy({ sequence: In(wanted) });
  const before = new Map(predecessors.map((entry) => [entry.sequence, { sequence: entry.sequence + 1, hash: entry.hash, version: entry.hashVersion }]));
  return entries
    .filter((entry) => {
      const expected = entry.sequence === 1 ? { sequence: 1, hash: GENESIS_HASH, version: 1 } : before.get(entry.sequence - 1);
      return expected === undefined || problemOf(entry, expected) !== null;
    })
    .map((entry) => entry.sequence);
}
