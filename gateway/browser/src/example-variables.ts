/**
 * Starting variables for the contract operations the playground offers as
 * examples, by operation name: a Huxi community and the years the seed covers.
 * Identifiers we cannot know in advance say where to look them up.
 */
export const EXAMPLE_VARIABLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  CommunityOverview: { code: '320571001001', year: 2011 },
  SubDistrictOverview: { code: '320571001000' },
  TalkEventStats: { from: '2009-01-01', to: '2011-12-31' },
  EnterpriseList: { first: 20 },
  EnterpriseProfile: { creditCode: 'an enterprise creditCode from EnterpriseList' },
  AssociationRoster: { creditCode: 'an association creditCode from Directory' },
  PatrolCompliance: { teamId: 'a patrol team id from Directory', from: '2011-01-01', to: '2011-12-31' },
  ChangeLicenseStatus: { creditCode: 'an enterprise creditCode', status: 'SUSPENDED', reason: 'why' },
  AddMembership: { associationCreditCode: 'an association creditCode', enterpriseCreditCode: 'an enterprise creditCode', since: '2011-07-01' },
  RecordTalkEvent: {
    input: { communityCode: '320571001001', stationId: 'PS-320571-01', heldOn: '2011-07-01', topic: '夜市噪音', officersDeployed: 3, attendees: 40, peopleHelped: 12 },
  },
  RegisterEnterprise: {
    input: {
      creditCode: 'an 18-character unified social credit code',
      name: '示例小吃店',
      kind: 'INDIVIDUAL_BUSINESS',
      industry: 'FOOD_SERVICE',
      communityCode: '320571001001',
      establishedOn: '2011-07-01',
    },
  },
};
