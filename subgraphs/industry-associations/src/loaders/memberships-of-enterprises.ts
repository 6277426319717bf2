import type { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '@governance/kit';
import { Association, type AssociationKind } from '../entities/association.entity';
import { Membership, type MembershipRole } from '../entities/membership.entity';

interface MembershipRow {
  readonly id: number | string;
  readonly association_credit_code: string;
  readonly enterprise_credit_code: string;
  readonly since: unknown;
  readonly role: MembershipRole;
  readonly association_name: string;
  readonly association_kind: AssociationKind;
}

/**
 * The memberships of a batch of enterprises, each with its association, from
 * one statement mapped by hand. EnterpriseList(500) asks for every listed
 * enterprise's memberships and their associations' names: through TypeORM
 * that was a ranked statement for the memberships, a second for their
 * associations, and entity hydration of every row, the dearest part of this
 * subgraph's answer. Each enterprise's memberships come oldest first (then by
 * association), at most MAX_PAGE_SIZE of them; the unique (association,
 * enterprise) index bounds them by the number of associations, so they are
 * capped here rather than ranked in SQL. Dates go through the driver's own
 * conversion, so they read as TypeORM reads them on SQLite and MariaDB.
 */
export async function membershipsOfEnterprises(db: DataSource, enterprises: readonly string[]): Promise<Membership[]> {
  const placeholders = enterprises.map(() => '?').join(', ');
  const rows = await db.query<MembershipRow[]>(
    `SELECT m.id, m.association_credit_code, m.enterprise_credit_code, m.since, m.role, a.name AS association_name, a.kind AS association_kind
       FROM membership m JOIN association a ON a.credit_code = m.association_credit_code
      WHERE m.enterprise_credit_code IN (${placeholders})
      ORDER BY m.enterprise_credit_code, m.since, m.association_credit_code`,
    [...enterprises],
  );
  const sinceColumn = db.getMetadata(Membership).findColumnWithPropertyName('since');
  if (sinceColumn === undefined) throw new Error('Membership has no since column');
  // A few associations are shared by hundreds of memberships: one object each.
  const associations = new Map<string, Association>();
  const perEnterprise = new Map<string, number>();
  const memberships: Membership[] = [];
  for (const row of rows) {
    const taken = perEnterprise.get(row.enterprise_credit_code) ?? 0;
    if (taken >= MAX_PAGE_SIZE) continue;
    perEnterprise.set(row.enterprise_credit_code, taken + 1);
    let association = associations.get(row.association_credit_code);
    if (association === undefined) {
      association = Object.assign(new Association(), { creditCode: row.association_credit_code, name: row.association_name, kind: row.association_kind });
      associations.set(association.creditCode, association);
    }
    memberships.push(
      Object.assign(new Membership(), {
        id: Number(row.id),
        associationCreditCode: row.association_credit_code,
        enterpriseCreditCode: row.enterprise_credit_code,
        since: db.driver.prepareHydratedValue(row.since, sinceColumn) as string,
        role: row.role,
        association,
      }),
    );
  }
  return memberships;
}
