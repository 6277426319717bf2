export { CreateIdSequences1764550800000 } from './create-id-sequences.migration';
export { IdSequence } from './id-sequence.entity';
export { lockForUpdate } from './lock-for-update';
export { nextInSequence } from './next-in-sequence';
export { duplicateError, isUniqueViolation, uniqueViolationField } from './unique-violation';
