import { registerEnumType } from 'type-graphql';

export enum AdministrativeLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

export enum BodyKind {
  GOVERNMENT = 'GOVERNMENT',
  DEPARTMENT = 'DEPARTMENT',
}

export enum DecisionKind {
  ADMINISTRATIVE_PENALTY = 'ADMINISTRATIVE_PENALTY',
  ADMINISTRATIVE_LICENSING = 'ADMINISTRATIVE_LICENSING',
  COMPULSORY_MEASURE = 'COMPULSORY_MEASURE',
  EXPROPRIATION = 'EXPROPRIATION',
  WORK_INJURY = 'WORK_INJURY',
  INFORMATION_DISCLOSURE = 'INFORMATION_DISCLOSURE',
  FAILURE_TO_ACT = 'FAILURE_TO_ACT',
}

export enum ReconsiderationOutcome {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  VARIED = 'VARIED',
  REVOKED = 'REVOKED',
  CONFIRMED_UNLAWFUL = 'CONFIRMED_UNLAWFUL',
  ORDERED_TO_PERFORM = 'ORDERED_TO_PERFORM',
  REJECTED = 'REJECTED',
  SETTLED = 'SETTLED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The outcomes that found the contested decision wrong: the document's "撤销或确认违法". */
export const STRUCK_DOWN: readonly ReconsiderationOutcome[] = [ReconsiderationOutcome.REVOKED, ReconsiderationOutcome.CONFIRMED_UNLAWFUL];

export enum ReviewMethod {
  WRITTEN_REVIEW = 'WRITTEN_REVIEW',
  ON_SITE_INVESTIGATION = 'ON_SITE_INVESTIGATION',
  MEDIATION = 'MEDIATION',
  PETITION_LIAISON = 'PETITION_LIAISON',
  JOINT_MEETING = 'JOINT_MEETING',
}

export enum ReconsiderationSystem {
  SIMPLIFIED_PROCEDURE = 'SIMPLIFIED_PROCEDURE',
  HEARING = 'HEARING',
  ON_SITE_INVESTIGATION = 'ON_SITE_INVESTIGATION',
  EXPERT_CONSULTATION = 'EXPERT_CONSULTATION',
  ANALYSIS_REPORT = 'ANALYSIS_REPORT',
  CASE_FLOW_MANAGEMENT = 'CASE_FLOW_MANAGEMENT',
  PERIODIC_STATISTICS = 'PERIODIC_STATISTICS',
  MEDIATION = 'MEDIATION',
  HEAD_RESPONSIBILITY = 'HEAD_RESPONSIBILITY',
  ASSESSMENT = 'ASSESSMENT',
}

/** The systems' names as the document lists them (十项行政复议制度), in its order. */
export const SYSTEM_NAMES: Readonly<Record<ReconsiderationSystem, string>> = {
  SIMPLIFIED_PROCEDURE: '简易程序',
  HEARING: '听证',
  ON_SITE_INVESTIGATION: '实地调查核实',
  EXPERT_CONSULTATION: '专家咨询',
  ANALYSIS_REPORT: '分析报告',
  CASE_FLOW_MANAGEMENT: '案件流程管理',
  PERIODIC_STATISTICS: '定期统计',
  MEDIATION: '调解',
  HEAD_RESPONSIBILITY: '行政首长负责制',
  ASSESSMENT: '考核',
};

registerEnumType(AdministrativeLevel, {
  name: 'AdministrativeLevel',
  description: "Which of Suzhou's two levels of government an office belongs to.",
  valuesConfig: { CITY: { description: 'The city (苏州市) and its departments.' }, DISTRICT: { description: 'A district or county-level city and its departments.' } },
});

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'A government or one of its departments.',
  valuesConfig: {
    GOVERNMENT: { description: "A people's government (or the Industrial Park's administrative committee)." },
    DEPARTMENT: { description: 'A department or branch of a government.' },
  },
});

registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'What kind of administrative act an applicant contests.',
  valuesConfig: {
    ADMINISTRATIVE_PENALTY: { description: 'A penalty (行政处罚): a fine, a warning, detention, a licence revoked.' },
    ADMINISTRATIVE_LICENSING: { description: 'A licence granted, refused or withdrawn (行政许可).' },
    COMPULSORY_MEASURE: { description: 'A compulsory measure (行政强制): seizure, closure, restraint.' },
    EXPROPRIATION: { description: 'Expropriation or demolition of a home (征收拆迁).' },
    WORK_INJURY: { description: 'A work-injury determination (工伤认定).' },
    INFORMATION_DISCLOSURE: { description: 'A reply to a request for government information (政府信息公开).' },
    FAILURE_TO_ACT: { description: 'An office did not perform a statutory duty (不作为); there is no document.' },
  },
});

registerEnumType(ReconsiderationOutcome, {
  name: 'ReconsiderationOutcome',
  description: 'How a reconsideration case stands or was decided (Administrative Reconsideration Law, art. 28).',
  valuesConfig: {
    PENDING: { description: 'Accepted and not yet decided.' },
    UPHELD: { description: 'The decision was upheld (维持).' },
    VARIED: { description: 'The decision was changed (变更).' },
    REVOKED: { description: 'The decision was revoked (撤销).' },
    CONFIRMED_UNLAWFUL: { description: 'The decision was confirmed unlawful (确认违法).' },
    ORDERED_TO_PERFORM: { description: 'The office was ordered to perform its duty (责令履行).' },
    REJECTED: { description: 'The application was rejected (驳回).' },
    SETTLED: { description: 'Settled by mediation or agreement (调解/和解结案).' },
    WITHDRAWN: { description: 'The applicant withdrew; the case was terminated (撤回/终止).' },
  },
});

registerEnumType(ReviewMethod, {
  name: 'ReviewMethod',
  description: 'How the body examined a case (the document: 书面审查、实地调查、行政调解、信访对接、召开联席会议).',
  valuesConfig: {
    WRITTEN_REVIEW: { description: 'On the documents (书面审查).' },
    ON_SITE_INVESTIGATION: { description: 'By investigating on the spot (实地调查).' },
    MEDIATION: { description: 'By administrative mediation (行政调解).' },
    PETITION_LIAISON: { description: 'Together with the petition office (信访对接).' },
    JOINT_MEETING: { description: 'At a joint meeting of the offices concerned (召开联席会议).' },
  },
});

registerEnumType(ReconsiderationSystem, {
  name: 'ReconsiderationSystem',
  description: 'The ten reconsideration systems (十项行政复议制度) the bodies built up.',
  valuesConfig: Object.fromEntries(Object.entries(SYSTEM_NAMES).map(([system, name]) => [system, { description: name }])),
});
