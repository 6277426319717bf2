import { CreateAssociations1764288000000 } from './1764288000000-CreateAssociations';

/** In the order they run. */
export const migrations = [CreateAssociations1764288000000];
