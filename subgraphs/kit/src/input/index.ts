export { requireDate, suzhouToday, type DateLimit, type DateRange } from './dates';
export { boundedMultilineText, boundedText, codePointLength, isPrintableAscii, textProblem, type TextKind } from './text';
