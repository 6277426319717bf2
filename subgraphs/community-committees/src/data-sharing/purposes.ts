import type { RegisteredPurpose } from '@governance/kit';

/**
 * Article 13(1)(3) and Article 34 of the Personal Information Protection Law
 * (2021): a state organ may process personal information where its
 * statutory duties require it, within the powers and procedures laws and
 * administrative regulations give it. Each purpose below names the statute
 * that gives the requesting organ the duty.
 */
const PIPL = '《中华人民共和国个人信息保护法》第十三条第一款第（三）项、第三十四条';

/**
 * Why the community committees let personal data from the resident register
 * be read. A request states one of these codes in `x-purpose`; an unknown
 * code keeps every personal field masked. Reviewed like code: adding one is
 * a change to this file.
 */
export const purposes: readonly RegisteredPurpose[] = [
  {
    code: 'resident-services',
    description: {
      zh: '社区居委会为居民办理登记、联系与服务（本机构工作人员）',
      en: "The committees' own register work: registering, contacting and serving residents (committee staff only)",
    },
    legalBasis: `《中华人民共和国城市居民委员会组织法》第三条；${PIPL}`,
  },
  {
    code: 'patrol-vetting',
    description: {
      zh: '公安机关审查社会企业志愿巡逻队队员的身份与联系方式',
      en: 'Public security vetting the identity and contact details of members of an enterprise volunteer patrol',
    },
    legalBasis: `《中华人民共和国人民警察法》第六条；《企业事业单位内部治安保卫条例》；${PIPL}`,
  },
  {
    code: 'case-handling',
    description: {
      zh: '公安机关办理具体治安案件或刑事案件，需核实当事人身份',
      en: "Public security handling a specific public-order or criminal case that needs the person's identity confirmed",
    },
    legalBasis: `《中华人民共和国治安管理处罚法》；《中华人民共和国刑事诉讼法》；${PIPL}`,
  },
  {
    code: 'licence-review',
    description: {
      zh: '市场监管部门审查企业或个体工商户登记中的法定代表人、经营者信息',
      en: "The commerce bureau reviewing the legal representative or operator named in an enterprise's or stall's registration",
    },
    legalBasis: `《中华人民共和国市场主体登记管理条例》；${PIPL}`,
  },
  {
    code: 'reconsideration-review',
    description: {
      zh: '行政复议机构审理行政复议申请，需核实申请人身份与联系方式',
      en: "The reconsideration office examining an application, which needs the applicant's identity and contact details confirmed",
    },
    legalBasis: `《中华人民共和国行政复议法》；${PIPL}`,
  },
];
