import type { BureauNames } from './bureau-names';

/**
 * The package's source, in the kit's layout: entity, migration, seed,
 * loaders, reference, resolver with a paged list, a lookup and an audited,
 * validated write, the schema and the definition the kit serves.
 */
export function sourceFiles(n: BureauNames, migrationTimestamp: number): Record<string, string> {
  const migration = `Create${n.entity}${migrationTimestamp}`;
  const context = `${n.bureauPascal}Context`;
  return {
    'src/index.ts': `import { runSubgraph } from '@governance/kit';
import { ${n.bureauCamel} } from './subgraph';

runSubgraph(${n.bureauCamel});
`,
    'src/subgraph.ts': `import type { SubgraphDefinition } from '@governance/kit';
import { ${n.entity} } from './entities/${n.entityKebab}.entity';
import { createLoaders, type ${n.bureauPascal}Loaders } from './loaders';
import { migrations } from './migrations';
import { build${n.bureauPascal}Schema } from './schema';
import { isEmpty, seed } from './seed';

/** ${n.zh}: ${n.en}. Its port, display names and the entities it owns are in agencies.json. */
export const ${n.bureauCamel}: SubgraphDefinition<${n.bureauPascal}Loaders> = {
  name: '${n.bureau}',
  entities: [${n.entity}],
  migrations,
  buildSchema: build${n.bureauPascal}Schema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
`,
    'src/schema.ts': `import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { ${context} } from './loaders';
import { references } from './resolvers/references';
import { ${n.entity}Resolver } from './resolvers/${n.entityKebab}.resolver';

export function build${n.bureauPascal}Schema(): GraphQLSchema {
  return buildFederatedSchema<${context}>({
    subgraph: '${n.bureau}',
    resolvers: [${n.entity}Resolver],
    references,
  });
}
`,
    [`src/entities/${n.entityKebab}.entity.ts`]: `import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: '${n.table}' })
@ObjectType({ description: 'A record the ${n.bureau} bureau (${n.zh}) keeps; other agencies refer to it by id.' })
@Directive('@key(fields: "id")')
export class ${n.entity} {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => ID, { description: 'The bureau\\'s own identifier: letters, digits and hyphens.' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name, as the bureau records it.' })
  name!: string;

  @Column({ name: 'recorded_on', type: 'date' })
  @Field(() => Date, { description: 'When the bureau recorded it.' })
  recordedOn!: string;
}
`,
    [`src/migrations/${migrationTimestamp}-Create${n.entity}.ts`]: `import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The bureau's first table. The kit adds its audit log to every agency's database itself. */
export class ${migration} implements MigrationInterface {
  name = '${migration}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: '${n.table}',
        columns: [
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'recorded_on', type: 'date' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('${n.table}');
  }
}
`,
    'src/migrations/index.ts': `import { ${migration} } from './${migrationTimestamp}-Create${n.entity}';

/** In the order they run. */
export const migrations = [${migration}];
`,
    'src/seed/index.ts': `import type { DataSource } from 'typeorm';
import { writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import type { SubgraphConfig } from '@governance/kit';
import { ${n.entity} } from '../entities/${n.entityKebab}.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(${n.entity}).count()) === 0;
}

/**
 * The bureau's share of one copy of the data set. These three records only
 * start it off: put the bureau's records from the source document into
 * subgraphs/dataset and map them here, as the other agencies' seeds do.
 */
export function ${n.bureauCamel}Tables(copy: number): SeedTable[] {
  return [
    {
      entity: ${n.entity},
      rows: [1, 2, 3].map((number) => ({ id: \`${n.entity.toUpperCase()}-\${copy}-\${number}\`, name: \`${n.zh} \${copy}-\${number}\`, recordedOn: \`2011-0\${number}-01\` })),
    },
  ];
}

/** Seeds copy 0 in one transaction, or the copies \`options\` names (npm run seed -- --scale N). */
export async function seed(db: DataSource, _config: Pick<SubgraphConfig, 'pseudonymKey'>, options?: SeedOptions): Promise<void> {
  await writeSeed(db, ${n.bureauCamel}Tables, options);
}
`,
    'src/loaders/index.ts': `import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createKeyLoader, findByKeys, type SubgraphContext } from '@governance/kit';
import { ${n.entity} } from '../entities/${n.entityKebab}.entity';

export interface ${n.bureauPascal}Loaders {
  readonly ${n.entityCamel}: DataLoader<string, ${n.entity} | null>;
}

export type ${context} = SubgraphContext<${n.bureauPascal}Loaders>;

/** Per request: one statement per batch of keys, never one per record. */
export function createLoaders(db: DataSource): ${n.bureauPascal}Loaders {
  const records = db.getRepository(${n.entity});
  return {
    ${n.entityCamel}: createKeyLoader((ids) => findByKeys(records, 'id', ids), (row) => row.id),
  };
}
`,
    'src/resolvers/references.ts': `import { referenceBy, type ReferenceResolver } from '@governance/kit';
import type { ${context} } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<${context}>> = {
  ${n.entity}: referenceBy('id', (id, { loaders }: ${context}) => loaders.${n.entityCamel}.load(id)),
};
`,
    [`src/resolvers/${n.entityKebab}.input.ts`]: `import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError, boundedText, requireDate } from '@governance/kit';

/** The earliest date the bureau records. */
const EARLIEST = '1949-10-01';

@InputType({ description: 'A record to add to the ${n.bureau} register.' })
export class Record${n.entity}Input {
  @Field(() => ID, { description: 'The bureau\\'s identifier: 1 to 40 letters, digits and hyphens; must be new.' })
  id!: string;

  @Field(() => String, { description: 'Name, 1 to 200 characters.' })
  name!: string;

  @Field(() => Date, { description: \`When it was recorded: from \${EARLIEST}, not in the future.\` })
  recordedOn!: string;
}

/** The input as it will be stored, or BAD_USER_INPUT naming the field and why. */
export function check${n.entity}(input: Record${n.entity}Input): Record${n.entity}Input {
  if (!/^[A-Za-z0-9-]{1,40}$/.test(input.id)) throw new BadUserInputError('id', 'must be 1 to 40 letters, digits and hyphens');
  // The kit's policies: one line of visible text, a calendar date within the field's range.
  return { id: input.id, name: boundedText('name', input.name, 200), recordedOn: requireDate('recordedOn', input.recordedOn, { earliest: EARLIEST }) };
}
`,
    [`src/resolvers/${n.entityKebab}.resolver.ts`]: `import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError, ConnectionArgs, ConnectionType, countRows, findPage, loadExisting, toConnection } from '@governance/kit';
import { ${n.entity} } from '../entities/${n.entityKebab}.entity';
import type { ${context} } from '../loaders';
import { Record${n.entity}Input, check${n.entity} } from './${n.entityKebab}.input';

@ObjectType({ description: 'A page of ${n.plural}.' })
export class ${n.entity}Connection extends ConnectionType(${n.entity}) {}

@Resolver(() => ${n.entity})
export class ${n.entity}Resolver {
  @Query(() => ${n.entity}Connection, { description: 'The bureau\\'s records, in id order.' })
  async ${n.plural}(@Args() { page }: ConnectionArgs, @Ctx() { db }: ${context}): Promise<${n.entity}Connection> {
    const repository = db.getRepository(${n.entity});
    const rows = await findPage(repository, 'id', page);
    return toConnection(${n.entity}Connection, rows, page, (row) => row.id, () => countRows(repository));
  }

  @Query(() => ${n.entity}, { nullable: true, description: 'One record by id; an unknown id is NOT_FOUND.' })
  ${n.entityCamel}(@Arg('id', () => ID, { description: 'The bureau\\'s identifier.' }) id: string, @Ctx() { loaders }: ${context}): Promise<${n.entity}> {
    return loadExisting(loaders.${n.entityCamel}, '${n.entityKebab.replace(/-/g, ' ')}', 'id', id);
  }

  @Authorized('write')
  @Mutation(() => ${n.entity}, { description: 'Adds a record, audited; an id that is already recorded is refused.' })
  async record${n.entity}(
    @Arg('input', () => Record${n.entity}Input, { description: 'The record.' }) input: Record${n.entity}Input,
    @Ctx() { audit }: ${context},
    @Info() info: GraphQLResolveInfo,
  ): Promise<${n.entity}> {
    const record = check${n.entity}(input);
    // Two writers with the same id: the primary key decides, and the loser is told why.
    const duplicate = () => new BadUserInputError('id', \`"\${record.id}" is already recorded\`);
    return audit.write(
      info,
      async (manager) => {
        await manager.getRepository(${n.entity}).insert(record);
        return Object.assign(new ${n.entity}(), record);
      },
      { duplicate },
    );
  }
}
`,
  };
}
