import { referenceBy, type ReferenceResolver } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Enterprise } from '../entities/enterprise.type';
import { Person } from '../entities/person.type';
import type { SecurityContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<SecurityContext>> = {
  PoliceStation: referenceBy('id', (id, { loaders }: SecurityContext) => loaders.policeStation.load(id)),
  TalkEvent: referenceBy('id', (id, { loaders }: SecurityContext) => loaders.talkEvent.load(id)),
  PatrolTeam: referenceBy('id', (id, { loaders }: SecurityContext) => loaders.patrolTeam.load(id)),
  PatrolMember: referenceBy('id', (id, { loaders }: SecurityContext) => loaders.patrolMember.load(id)),
  // Other agencies' entities are only their keys here; what this agency adds is loaded per field.
  Community: referenceBy('code', (code) => Community.of(code)),
  Enterprise: referenceBy('creditCode', (creditCode) => Enterprise.of(creditCode)),
  Person: referenceBy('id', (id) => Person.of(id)),
};
