export { communityCodeProblem } from './community-code';
export { creditCodeCheckCharacter, creditCodeProblem, makeCreditCode, organisationCodeCheckCharacter } from './credit-code';
export { idNumberCheckCharacter, idNumberProblem, makeIdNumber } from './id-number';
export { isPersonId, personPseudonym } from './pseudonym';
