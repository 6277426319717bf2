import { CreateAssociations1764288000000 } from './1764288000000-CreateAssociations';
import { AddAssociationWork1764374400000 } from './1764374400000-AddAssociationWork';

/** In the order they run. */
export const migrations = [CreateAssociations1764288000000, AddAssociationWork1764374400000];
