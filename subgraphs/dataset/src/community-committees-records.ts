import { copyId, HUXI, placeCode, TAICANG_PILOT_TOWNS } from './places';
import type { Dataset } from './records';

export interface ContactAssignmentRecord {
  readonly communityCode: string;
  /** The assigned resident, by ID number (the seed turns it into the pseudonym). */
  readonly idNumber: string;
  readonly assignedOn: string;
}

export interface VolunteerProgrammeRecord {
  readonly id: string;
  readonly name: string;
  readonly subDistrictCode: string;
  readonly startedOn: string;
  readonly description: string;
}

export interface EntrustmentAgreementRecord {
  readonly id: string;
  readonly townCode: string;
  readonly communityCode: string;
  readonly signedOn: string;
  readonly matters: string;
}

export interface CommunityCommitteesRecords {
  readonly contactAssignments: readonly ContactAssignmentRecord[];
  readonly volunteerProgrammes: readonly VolunteerProgrammeRecord[];
  readonly entrustmentAgreements: readonly EntrustmentAgreementRecord[];
}

/**
 * The committees' own records beyond the register: a contact person (民情联系人)
 * for every residents' committee, Huxi's 2009 programme, and the entrustment
 * agreements of Taicang's two pilot towns.
 */
export function buildCommunityCommitteesRecords(core: Dataset): CommunityCommitteesRecords {
  const firstResident = new Map<string, Dataset['persons'][number]>();
  for (const person of core.persons) if (!firstResident.has(person.communityCode)) firstResident.set(person.communityCode, person);
  const contactAssignments = core.communities.map((community, index) => {
    const resident = firstResident.get(community.code);
    if (!resident) throw new Error(`the data set has no resident in ${community.code} to be its contact person`);
    return { communityCode: community.code, idNumber: resident.idNumber, assignedOn: `2009-${String((index % 9) + 3).padStart(2, '0')}-01` };
  });
  const entrustmentAgreements = TAICANG_PILOT_TOWNS.map((town) => placeCode(town, core.copy)).flatMap((townCode, townIndex) =>
    core.communities
      .filter((community) => community.subDistrictCode === townCode)
      .map((community, index) => ({
        id: copyId(`EA-${TAICANG_PILOT_TOWNS[townIndex].slice(6, 9)}-${String(index + 1).padStart(3, '0')}`, core.copy),
        townCode,
        communityCode: community.code,
        signedOn: `2009-0${6 + townIndex}-15`,
        matters: '梳理界定基层自治组织依法履行职责事项和协助政府管理事项；镇政府以委托协议方式将协助事项交由村（居）委会办理，并给予经费保障。',
      })),
  );
  return {
    contactAssignments,
    volunteerProgrammes: [
      {
        id: copyId('VP-HUXI-2009', core.copy),
        name: '以新加坡为榜样',
        subDistrictCode: placeCode(HUXI, core.copy),
        startedOn: '2009-01-01',
        description: '借鉴新加坡经验，以“志愿者，奉献”为核心开展“感动关爱行动”，把开展活动与解决社区成员实际问题结合起来，调动居民、辖区单位和非政府组织参与社区建设。',
      },
    ],
    entrustmentAgreements,
  };
}
