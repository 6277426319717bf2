import { CreateRegistry1764288000000 } from './1764288000000-CreateRegistry';
import { AddEnforcementAndStalls1764374400000 } from './1764374400000-AddEnforcementAndStalls';
import { SummariseEnterpriseCounts1796419200000 } from './1796419200000-SummariseEnterpriseCounts';

/** In the order they run. */
export const migrations = [CreateRegistry1764288000000, AddEnforcementAndStalls1764374400000, SummariseEnterpriseCounts1796419200000];
