import type DataLoader from 'dataloader';
import type { DataSource, Repository } from 'typeorm';
import { createGroupLoader, createKeyLoader, findByKeys, type SubgraphContext } from '@governance/kit';
import { AdministrativeBody } from '../entities/administrative-body.entity';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import { SystemAdoption } from '../entities/system-adoption.entity';
import { countOutcomesBy, type KeyedOutcomeCount } from './outcome-counts.loader';

export interface LegalAffairsLoaders {
  /** Cases by id (the GraphQL ID, a string). */
  readonly reconsiderationCase: DataLoader<string, ReconsiderationCase | null>;
  readonly administrativeBody: DataLoader<string, AdministrativeBody | null>;
  /** The systems each body established, oldest first. */
  readonly systemsOfBody: DataLoader<string, SystemAdoption[]>;
  /** Cases per outcome against each respondent office. */
  readonly outcomesOfRespondent: DataLoader<string, KeyedOutcomeCount[]>;
  /** Cases per outcome each body heard. */
  readonly outcomesOfBody: DataLoader<string, KeyedOutcomeCount[]>;
  /** Cases per outcome concerning each enterprise. */
  readonly outcomesOfEnterprise: DataLoader<string, KeyedOutcomeCount[]>;
}

export type LegalAffairsContext = SubgraphContext<LegalAffairsLoaders>;

/** Per request: one statement per batch of keys, never one per record. */
export function createLoaders(db: DataSource): LegalAffairsLoaders {
  const bodies = db.getRepository(AdministrativeBody);
  const adoptions = db.getRepository(SystemAdoption);
  return {
    reconsiderationCase: createKeyLoader(
      (ids) => findCasesByIds(db.getRepository(ReconsiderationCase), ids),
      (row) => String(row.id),
    ),
    administrativeBody: createKeyLoader(
      (codes) => findByKeys(bodies, 'code', codes),
      (row) => row.code,
    ),
    systemsOfBody: createGroupLoader(
      (codes) => adoptions.createQueryBuilder('e').where('e.bodyCode IN (:...codes)', { codes }).orderBy('e.establishedOn', 'ASC').addOrderBy('e.system', 'ASC').getMany(),
      (row) => row.bodyCode,
    ),
    outcomesOfRespondent: createGroupLoader(
      (codes) => countOutcomesBy(db, 'respondentCode', codes),
      (row) => row.key,
    ),
    outcomesOfBody: createGroupLoader(
      (codes) => countOutcomesBy(db, 'bodyCode', codes),
      (row) => row.key,
    ),
    outcomesOfEnterprise: createGroupLoader(
      (codes) => countOutcomesBy(db, 'enterpriseCreditCode', codes),
      (row) => row.key,
    ),
  };
}

/** Case ids arrive as GraphQL IDs (strings); one that is not a number matches no case. */
function findCasesByIds(cases: Repository<ReconsiderationCase>, ids: readonly string[]): Promise<ReconsiderationCase[]> {
  const numbers = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
  return numbers.length === 0 ? Promise.resolve([]) : findByKeys(cases, 'id', numbers);
}
