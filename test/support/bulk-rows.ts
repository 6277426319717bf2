import { makeCreditCode, makeIdNumber, personPseudonym } from '@governance/kit';
import type { DataSource } from 'typeorm';
import type { Stack } from './stack';

/** Inserts rows in chunks with portable `?` placeholders (SQLite and MariaDB alike). */
export async function insertRows(db: DataSource, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200);
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`,
      chunk.flatMap((row) => columns.map((column) => row[column])),
    );
  }
}

export interface BulkArea {
  readonly subDistrictCode: string;
  readonly communityCodes: readonly string[];
  readonly enterpriseCodes: readonly string[];
}

/**
 * A sub-district with `communities` communities, each with one resident
 * (its contact person), one enterprise of `industry` that belongs to an
 * association and lends a patrol member, one safe-community designation and
 * one talk event in 2011 — written straight into each agency's database.
 */
export async function addBulkArea(stack: Stack, prefix: string, communities: number, industry: string): Promise<BulkArea> {
  const subDistrictCode = `${prefix}000`;
  const codes = Array.from({ length: communities }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);
  const committees = stack.subgraphs['community-committees'].db;
  await insertRows(committees, 'sub_district', [{ code: subDistrictCode, name: `测试街道${prefix}`, city: '苏州市', district: '测试区' }]);
  await insertRows(
    committees,
    'community',
    codes.map((code, i) => ({ code, name: `测试社区${prefix}-${i + 1}`, sub_district_code: subDistrictCode })),
  );
  const idNumbers = codes.map((_, i) => makeIdNumber('320599', `198001${prefix.slice(-2)}`, i));
  const personIds = idNumbers.map((idNumber) => personPseudonym(idNumber, 'development-only-pseudonym-key'));
  await insertRows(
    committees,
    'person',
    codes.map((code, i) => ({ id: personIds[i], id_number: idNumbers[i], name: `居民${i}`, phone: '13800000000', resident_type: 'LOCAL', community_code: code })),
  );
  await insertRows(
    committees,
    'contact_assignment',
    codes.map((code, i) => ({ community_code: code, person_id: personIds[i], assigned_on: '2011-01-01' })),
  );

  const enterpriseCodes = codes.map((_, i) => makeCreditCode('91', '320599', `${prefix.slice(-4)}${String(i).padStart(4, '0')}`));
  await insertRows(
    stack.subgraphs['commerce-bureau'].db,
    'enterprise',
    codes.map((code, i) => ({
      credit_code: enterpriseCodes[i],
      name: `测试企业${prefix}-${i}`,
      kind: 'COMPANY',
      industry,
      license_status: 'ACTIVE',
      established_on: '2005-01-01',
      registered_capital_yuan: 100000,
      community_code: code,
      legal_representative_id: personIds[i],
    })),
  );

  const associations = stack.subgraphs['industry-associations'].db;
  const [chamber]: Array<{ credit_code: string }> = await associations.query(`SELECT credit_code FROM association WHERE kind = 'CHAMBER_OF_COMMERCE'`);
  await insertRows(
    associations,
    'membership',
    enterpriseCodes.map((creditCode) => ({ association_credit_code: chamber.credit_code, enterprise_credit_code: creditCode, since: '2010-01-01', role: 'MEMBER' })),
  );
  await insertRows(
    associations,
    'safe_community_designation',
    codes.map((code) => ({ community_code: code, level: 'NATIONAL', status: 'RECOMMENDED', year: 2011 })),
  );

  const security = stack.subgraphs['public-security'].db;
  const [station]: Array<{ id: string }> = await security.query('SELECT id FROM police_station ORDER BY id LIMIT 1');
  const [team]: Array<{ id: string }> = await security.query('SELECT id FROM patrol_team ORDER BY id LIMIT 1');
  await insertRows(
    security,
    'station_community',
    codes.map((code) => ({ community_code: code, station_id: station.id })),
  );
  await insertRows(
    security,
    'talk_event',
    codes.map((code, i) => ({
      id: `TB-${prefix.slice(-4)}-${String(i).padStart(4, '0')}`,
      held_on: '2011-06-01',
      station_id: station.id,
      community_code: code,
      topic: '测试恳谈',
      officers_deployed: 3,
      attendees: 20,
      people_helped: 10,
    })),
  );
  await insertRows(
    security,
    'patrol_member',
    enterpriseCodes.map((creditCode, i) => ({ team_id: team.id, person_id: personIds[i], enterprise_credit_code: creditCode, joined_on: '2011-01-01' })),
  );
  return { subDistrictCode, communityCodes: codes, enterpriseCodes };
}

/** Moves the enterprises, talk events and residents of `from` communities into one community. */
export async function gatherInto(stack: Stack, area: BulkArea, target: string): Promise<void> {
  const move = (db: DataSource, table: string) =>
    db.query(`UPDATE ${table} SET community_code = ? WHERE community_code IN (${area.communityCodes.map(() => '?').join(', ')})`, [target, ...area.communityCodes]);
  await move(stack.subgraphs['commerce-bureau'].db, 'enterprise');
  await move(stack.subgraphs['public-security'].db, 'talk_event');
  await move(stack.subgraphs['community-committees'].db, 'person');
}
