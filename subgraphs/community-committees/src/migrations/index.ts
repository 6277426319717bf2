import { CreateRegister1764288000000 } from './1764288000000-CreateRegister';
import { AddCommitteeWork1764374400000 } from './1764374400000-AddCommitteeWork';
import { SummariseResidentCounts1764720000000 } from './1764720000000-SummariseResidentCounts';

/** In the order they run. */
export const migrations = [CreateRegister1764288000000, AddCommitteeWork1764374400000, SummariseResidentCounts1764720000000];
