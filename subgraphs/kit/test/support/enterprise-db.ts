import { Column, Entity, PrimaryColumn, Table, TableIndex, type DataSource, type MigrationInterface, type QueryRunner, type Repository } from 'typeorm';
import { openDataSource, StatementCounter } from '@governance/kit';

/** A small table shaped like the subgraphs' own: a unique sort key and a group column. */
@Entity({ name: 'test_enterprise' })
export class TestEnterprise {
  @PrimaryColumn({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Column({ type: 'integer' })
  employees!: number;
}

export class CreateTestEnterprise1700000000000 implements MigrationInterface {
  name = 'CreateTestEnterprise1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'test_enterprise',
        columns: [
          { name: 'credit_code', type: 'varchar', length: '18', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'community_code', type: 'varchar', length: '12' },
          { name: 'employees', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'IDX_test_enterprise_community', columnNames: ['community_code'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('test_enterprise');
  }
}

export interface EnterpriseDb {
  readonly dataSource: DataSource;
  readonly repository: Repository<TestEnterprise>;
  readonly counter: StatementCounter;
  /** Runs `work` and returns its result with the number of SQL statements it sent. */
  counting<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
}

/** An in-memory SQLite database opened the way every subgraph opens its own, holding `rows`. */
export async function openEnterpriseDb(rows: readonly TestEnterprise[]): Promise<EnterpriseDb> {
  const counter = new StatementCounter('kit-test', false);
  const dataSource = await openDataSource({ kind: 'sqlite', file: ':memory:' }, { entities: [TestEnterprise], migrations: [CreateTestEnterprise1700000000000] }, counter);
  const repository = dataSource.getRepository(TestEnterprise);
  if (rows.length > 0) await repository.insert([...rows]);
  return {
    dataSource,
    repository,
    counter,
    async counting<T>(work: () => Promise<T>) {
      const before = counter.count;
      const result = await work();
      return { result, statements: counter.count - before };
    },
  };
}

export function enterprise(creditCode: string, communityCode: string, employees: number): TestEnterprise {
  return Object.assign(new TestEnterprise(), { creditCode, name: `Enterprise ${creditCode}`, communityCode, employees });
}
