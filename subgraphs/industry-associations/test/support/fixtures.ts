import { buildIndustryAssociationsRecords, buildDocumentDataset } from '@governance/dataset';

/** The data set the seed writes, to look keys up by name rather than hard-coding generated codes. */
export const core = buildDocumentDataset();
export const records = buildIndustryAssociationsRecords(core);

export function associationCode(name: string): string {
  const association = core.associations.find((candidate) => candidate.name === name);
  if (!association) throw new Error(`no association ${name} in the data set`);
  return association.creditCode;
}

export function enterpriseCode(name: string): string {
  const enterprise = core.enterprises.find((candidate) => candidate.name === name);
  if (!enterprise) throw new Error(`no enterprise ${name} in the data set`);
  return enterprise.creditCode;
}

export const TEA_ASSOCIATION = associationCode('吴中区洞庭山碧螺春茶叶协会');
export const CHAMBER = associationCode('沧浪区总商会');
export const TEA_GROWERS = core.enterprises.filter((enterprise) => enterprise.industry === 'TEA').map((enterprise) => enterprise.creditCode);
export const BILUOCHUN = records.certificationMarks[0].registrationNumber;

/** A valid credit code with its check character changed. */
export function withWrongCheckCharacter(creditCode: string): string {
  return `${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}`;
}
