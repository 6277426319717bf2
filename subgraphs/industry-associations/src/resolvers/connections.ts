import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@governance/kit';
import { MarkAuthorisation } from '../entities/mark-authorisation.entity';
import { Membership } from '../entities/membership.entity';
import { ServiceContract } from '../entities/service-contract.entity';

@ObjectType({ description: 'A page of memberships.' })
export class MembershipConnection extends ConnectionType(Membership) {}

@ObjectType({ description: "A page of a certification mark's authorised users." })
export class MarkAuthorisationConnection extends ConnectionType(MarkAuthorisation) {}

@ObjectType({ description: 'A page of service contracts.' })
export class ServiceContractConnection extends ConnectionType(ServiceContract) {}
