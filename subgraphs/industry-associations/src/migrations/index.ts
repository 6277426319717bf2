import { CreateAssociations1764288000000 } from './1764288000000-CreateAssociations';
import { AddAssociationWork1764374400000 } from './1764374400000-AddAssociationWork';
import { AddSafeCommunityMeetingsAndPlans1796073300000 } from './1796073300000-AddSafeCommunityMeetingsAndPlans';

/** In the order they run. */
export const migrations = [CreateAssociations1764288000000, AddAssociationWork1764374400000, AddSafeCommunityMeetingsAndPlans1796073300000];
