import { copyId } from './places';
import { SeededRandom } from './random';
import type { Dataset, EnterpriseRecord, PersonRecord } from './records';

/**
 * The legal-affairs office's share of the data set: Suzhou's administrative
 * reconsideration from 2005 to 2010. The document gives the totals — the
 * city's two levels of government and their departments accepted 1,129
 * cases, of which 15 decisions were revoked or confirmed unlawful — and the
 * ten systems the reconsideration bodies built up over those years. The
 * bodies' names are real offices; which office heard which case, the
 * yearly split, the other outcomes and every case's details are ours.
 */
export type AdministrativeLevel = 'CITY' | 'DISTRICT';
export type BodyKind = 'GOVERNMENT' | 'DEPARTMENT';
export type DecisionKind =
  'ADMINISTRATIVE_PENALTY' | 'ADMINISTRATIVE_LICENSING' | 'COMPULSORY_MEASURE' | 'EXPROPRIATION' | 'WORK_INJURY' | 'INFORMATION_DISCLOSURE' | 'FAILURE_TO_ACT';
export type ReconsiderationOutcome = 'PENDING' | 'UPHELD' | 'VARIED' | 'REVOKED' | 'CONFIRMED_UNLAWFUL' | 'ORDERED_TO_PERFORM' | 'REJECTED' | 'SETTLED' | 'WITHDRAWN';
export type ReviewMethod = 'WRITTEN_REVIEW' | 'ON_SITE_INVESTIGATION' | 'MEDIATION' | 'PETITION_LIAISON' | 'JOINT_MEETING';
/** The ten reconsideration systems (十项行政复议制度), in the document's order. */
export const RECONSIDERATION_SYSTEMS = [
  'SIMPLIFIED_PROCEDURE',
  'HEARING',
  'ON_SITE_INVESTIGATION',
  'EXPERT_CONSULTATION',
  'ANALYSIS_REPORT',
  'CASE_FLOW_MANAGEMENT',
  'PERIODIC_STATISTICS',
  'MEDIATION',
  'HEAD_RESPONSIBILITY',
  'ASSESSMENT',
] as const;
export type ReconsiderationSystem = (typeof RECONSIDERATION_SYSTEMS)[number];

export interface AdministrativeBodyRecord {
  readonly code: string;
  readonly name: string;
  readonly level: AdministrativeLevel;
  readonly kind: BodyKind;
  /** The platform's agency (agencies.json) the body belongs to, when it is one of them. */
  readonly agency: string | null;
  /** The body that hears reconsideration of its decisions; null when that body is outside Suzhou (the province). */
  readonly heardByCode: string | null;
}

export interface ReconsiderationCaseRecord {
  readonly applicantIdNumber: string;
  readonly respondentCode: string;
  readonly bodyCode: string;
  readonly decisionKind: DecisionKind;
  readonly contestedDecision: string;
  readonly enterpriseCreditCode: string | null;
  readonly receivedOn: string;
  readonly decidedOn: string | null;
  readonly outcome: ReconsiderationOutcome;
  readonly reviewMethod: ReviewMethod | null;
}

export interface SystemAdoptionRecord {
  readonly bodyCode: string;
  readonly system: ReconsiderationSystem;
  readonly establishedOn: string;
}

export interface LegalAffairsRecords {
  readonly bodies: readonly AdministrativeBodyRecord[];
  readonly cases: readonly ReconsiderationCaseRecord[];
  readonly adoptions: readonly SystemAdoptionRecord[];
}

/** Cases accepted per year, 2005-2010: 1,129 in all, the document's total (the split is ours). */
export const RECONSIDERATION_CASES_PER_YEAR: Readonly<Record<number, number>> = { 2005: 152, 2006: 168, 2007: 181, 2008: 196, 2009: 205, 2010: 227 };
/** Decisions revoked (撤销) and confirmed unlawful (确认违法) per year: 15 in all, the document's total. */
const STRUCK_DOWN_PER_YEAR: Readonly<Record<number, { REVOKED: number; CONFIRMED_UNLAWFUL: number }>> = {
  2005: { REVOKED: 2, CONFIRMED_UNLAWFUL: 1 },
  2006: { REVOKED: 2, CONFIRMED_UNLAWFUL: 0 },
  2007: { REVOKED: 2, CONFIRMED_UNLAWFUL: 1 },
  2008: { REVOKED: 1, CONFIRMED_UNLAWFUL: 1 },
  2009: { REVOKED: 2, CONFIRMED_UNLAWFUL: 1 },
  2010: { REVOKED: 2, CONFIRMED_UNLAWFUL: 0 },
};

const CITY = '320500';
const gov = (division: string) => `${division}-GOV`;

/** [division, government, [department suffix, name, agency]] — the reconsideration bodies and the offices whose decisions were contested. */
const DISTRICTS: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string, string | null]>]> = [
  [
    '320506',
    '吴中区人民政府',
    [
      ['PSB', '苏州市公安局吴中分局', 'public-security'],
      ['AIC', '苏州市吴中工商行政管理局', 'commerce-bureau'],
      ['URBAN', '吴中区城市管理局', null],
      ['HOUSING', '吴中区住房和城乡建设局', null],
    ],
  ],
  [
    '320502',
    '沧浪区人民政府',
    [
      ['PSB', '苏州市公安局沧浪分局', 'public-security'],
      ['URBAN', '沧浪区城市管理局', null],
      ['HRSS', '沧浪区人力资源和社会保障局', null],
    ],
  ],
  [
    '320571',
    '苏州工业园区管理委员会',
    [
      ['PSB', '苏州工业园区公安局', 'public-security'],
      ['AIC', '苏州工业园区工商行政管理局', 'commerce-bureau'],
      ['PLANNING', '苏州工业园区规划建设局', null],
    ],
  ],
  [
    '320585',
    '太仓市人民政府',
    [
      ['PSB', '太仓市公安局', 'public-security'],
      ['AIC', '太仓市工商行政管理局', 'commerce-bureau'],
      ['LAND', '太仓市国土资源局', null],
    ],
  ],
];
const CITY_DEPARTMENTS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['PSB', '苏州市公安局', 'public-security'],
  // 工商 was managed vertically below the province: the city bureau hears its district branches, the province hears it.
  ['AIC', '苏州市工商行政管理局', 'commerce-bureau'],
  ['HOUSING', '苏州市住房和城乡建设局', null],
  ['HRSS', '苏州市人力资源和社会保障局', null],
  ['EPB', '苏州市环境保护局', null],
  ['PLANNING', '苏州市规划局', null],
];

function bodies(copy: number): AdministrativeBodyRecord[] {
  const code = (value: string) => copyId(value, copy);
  const list: AdministrativeBodyRecord[] = [{ code: code(gov(CITY)), name: '苏州市人民政府', level: 'CITY', kind: 'GOVERNMENT', agency: null, heardByCode: null }];
  for (const [unit, name, agency] of CITY_DEPARTMENTS) {
    list.push({ code: code(`${CITY}-${unit}`), name, level: 'CITY', kind: 'DEPARTMENT', agency, heardByCode: unit === 'AIC' ? null : code(gov(CITY)) });
  }
  for (const [division, government, departments] of DISTRICTS) {
    list.push({ code: code(gov(division)), name: government, level: 'DISTRICT', kind: 'GOVERNMENT', agency: null, heardByCode: code(gov(CITY)) });
    for (const [unit, name, agency] of departments) {
      list.push({ code: code(`${division}-${unit}`), name, level: 'DISTRICT', kind: 'DEPARTMENT', agency, heardByCode: code(unit === 'AIC' ? `${CITY}-AIC` : gov(division)) });
    }
  }
  return list;
}

/** What each kind of office decides, how often its decisions are contested (weight), and the kinds contested. */
const CONTESTED: Readonly<Record<string, { weight: number; kinds: readonly DecisionKind[] }>> = {
  PSB: { weight: 30, kinds: ['ADMINISTRATIVE_PENALTY', 'ADMINISTRATIVE_PENALTY', 'COMPULSORY_MEASURE', 'FAILURE_TO_ACT'] },
  AIC: { weight: 12, kinds: ['ADMINISTRATIVE_PENALTY', 'ADMINISTRATIVE_LICENSING'] },
  URBAN: { weight: 10, kinds: ['ADMINISTRATIVE_PENALTY', 'COMPULSORY_MEASURE'] },
  HOUSING: { weight: 12, kinds: ['EXPROPRIATION', 'ADMINISTRATIVE_LICENSING'] },
  LAND: { weight: 8, kinds: ['EXPROPRIATION', 'ADMINISTRATIVE_PENALTY'] },
  HRSS: { weight: 10, kinds: ['WORK_INJURY', 'WORK_INJURY', 'FAILURE_TO_ACT'] },
  EPB: { weight: 5, kinds: ['ADMINISTRATIVE_PENALTY', 'ADMINISTRATIVE_LICENSING'] },
  PLANNING: { weight: 6, kinds: ['ADMINISTRATIVE_LICENSING'] },
  GOV: { weight: 7, kinds: ['INFORMATION_DISCLOSURE', 'FAILURE_TO_ACT', 'EXPROPRIATION'] },
};

const DOCUMENTS: Readonly<Record<DecisionKind, string>> = {
  ADMINISTRATIVE_PENALTY: '行政处罚决定书',
  ADMINISTRATIVE_LICENSING: '行政许可决定书',
  COMPULSORY_MEASURE: '行政强制措施决定书',
  EXPROPRIATION: '房屋拆迁裁决书',
  WORK_INJURY: '工伤认定决定书',
  INFORMATION_DISCLOSURE: '政府信息公开答复书',
  FAILURE_TO_ACT: '',
};

/** The other outcomes, by weight (the document gives only the 15). */
const OTHER_OUTCOMES: ReadonlyArray<readonly [ReconsiderationOutcome, number]> = [
  ['UPHELD', 640],
  ['REJECTED', 110],
  ['WITHDRAWN', 130],
  ['SETTLED', 80],
  ['ORDERED_TO_PERFORM', 20],
  ['VARIED', 10],
];

function weighted<T>(random: SeededRandom, items: ReadonlyArray<readonly [T, number]>): T {
  let draw = random.next() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) {
    draw -= weight;
    if (draw < 0) return item;
  }
  return items[items.length - 1][0];
}

const day = (date: Date) => date.toISOString().slice(0, 10);
function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return day(next);
}

function reviewMethodOf(random: SeededRandom, outcome: ReconsiderationOutcome): ReviewMethod {
  if (outcome === 'SETTLED') return 'MEDIATION';
  if (outcome === 'WITHDRAWN') return random.next() < 0.5 ? 'MEDIATION' : 'PETITION_LIAISON';
  return weighted(random, [
    ['WRITTEN_REVIEW', 80],
    ['ON_SITE_INVESTIGATION', 12],
    ['JOINT_MEETING', 5],
    ['PETITION_LIAISON', 3],
  ] as const);
}

function cases(random: SeededRandom, dataset: Dataset, list: readonly AdministrativeBodyRecord[]): ReconsiderationCaseRecord[] {
  const respondents = list.filter((body) => body.heardByCode !== null);
  const weights = respondents.map((body) => [body, CONTESTED[body.code.split('-')[1]].weight] as const);
  const companies = dataset.enterprises.filter(
    (enterprise): enterprise is EnterpriseRecord & { legalRepresentativeIdNumber: string } => enterprise.legalRepresentativeIdNumber !== null,
  );
  // Applicants were adults in 2005: born in 1987 or before (the ID number's digits 7-10).
  const adults: readonly PersonRecord[] = dataset.persons.filter((person) => Number(person.idNumber.slice(6, 10)) <= 1987);
  const records: ReconsiderationCaseRecord[] = [];
  for (const [yearText, count] of Object.entries(RECONSIDERATION_CASES_PER_YEAR)) {
    const year = Number(yearText);
    const struck = STRUCK_DOWN_PER_YEAR[year];
    // The year's outcomes, exact for the document's 15, drawn for the rest, then shuffled over the year's cases.
    const outcomes: ReconsiderationOutcome[] = [
      ...Array<ReconsiderationOutcome>(struck.REVOKED).fill('REVOKED'),
      ...Array<ReconsiderationOutcome>(struck.CONFIRMED_UNLAWFUL).fill('CONFIRMED_UNLAWFUL'),
    ];
    while (outcomes.length < count) outcomes.push(weighted(random, OTHER_OUTCOMES));
    for (let i = outcomes.length - 1; i > 0; i -= 1) {
      const j = random.integer(0, i);
      [outcomes[i], outcomes[j]] = [outcomes[j], outcomes[i]];
    }
    const dates = outcomes.map(() => day(new Date(Date.UTC(year, 0, 1 + random.integer(0, 364))))).sort();
    outcomes.forEach((outcome, i) => {
      const respondent = weighted(random, weights);
      const kind = random.pick(CONTESTED[respondent.code.split('-')[1]].kinds);
      // Penalties and licences of the commerce bureau and the environment bureau concern an enterprise; its legal representative applies.
      const receivedOn = dates[i];
      const concernsEnterprise = (respondent.agency === 'commerce-bureau' || respondent.code.includes('-EPB')) && kind !== 'FAILURE_TO_ACT';
      const enterprise = concernsEnterprise ? random.pick(companies.filter((company) => company.establishedOn < receivedOn)) : null;
      const applicant = enterprise?.legalRepresentativeIdNumber ?? random.pick(adults).idNumber;
      const document = DOCUMENTS[kind];
      records.push({
        applicantIdNumber: applicant,
        respondentCode: respondent.code,
        bodyCode: respondent.heardByCode!,
        decisionKind: kind,
        contestedDecision:
          document === '' ? `${respondent.name}未依法履行法定职责` : `${respondent.name}${document}（〔${year}〕第${String(random.integer(1, 999)).padStart(3, '0')}号）`,
        enterpriseCreditCode: enterprise?.creditCode ?? null,
        receivedOn,
        // Decided within the 60 days the Administrative Reconsideration Law allows, 30 more for complex cases.
        decidedOn: addDays(receivedOn, random.integer(15, 90)),
        outcome,
        reviewMethod: reviewMethodOf(random, outcome),
      });
    });
  }
  return records;
}

/** Every body that heard cases built up the ten systems one after another, 2005 to 2010. */
function adoptions(random: SeededRandom, list: readonly AdministrativeBodyRecord[]): SystemAdoptionRecord[] {
  const hearing = list.filter((body) => list.some((other) => other.heardByCode === body.code));
  return hearing.flatMap((body) =>
    RECONSIDERATION_SYSTEMS.map((system, index) => ({
      bodyCode: body.code,
      system,
      establishedOn: day(new Date(Date.UTC(2005 + Math.floor((index * 6) / RECONSIDERATION_SYSTEMS.length), random.integer(0, 11), random.integer(1, 28)))),
    })),
  );
}

/** The legal-affairs office's records for one copy of the data set. */
export function buildLegalAffairsRecords(dataset: Dataset): LegalAffairsRecords {
  const random = new SeededRandom(20051001 + dataset.copy * 7_919);
  const list = bodies(dataset.copy);
  return { bodies: list, cases: cases(random, dataset, list), adoptions: adoptions(random, list) };
}
