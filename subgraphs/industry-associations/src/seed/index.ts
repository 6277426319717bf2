import type { DataSource } from 'typeorm';
import { buildDocumentDataset, buildIndustryAssociationsRecords, writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import { Association, AssociationKind } from '../entities/association.entity';
import { CertificationMark, CertificationMarkKind } from '../entities/certification-mark.entity';
import { MarkAuthorisation } from '../entities/mark-authorisation.entity';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { PromotionProject } from '../entities/promotion-project.entity';
import { SafeCommunityDesignation, SafeCommunityLevel, SafeCommunityStatus } from '../entities/safe-community-designation.entity';
import { SafeCommunityMeeting, SafeCommunityMeetingRole, SafeCommunityMeetingScope } from '../entities/safe-community-meeting.entity';
import { SafeCommunityPlan } from '../entities/safe-community-plan.entity';
import { ProcurementMethod, PublicService, ServiceContract } from '../entities/service-contract.entity';
import { SupportCentre } from '../entities/support-centre.entity';
import { TrainingSession } from '../entities/training-session.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Association).count()) === 0;
}

/** The associations' share of one copy of the data set. */
export function industryAssociationsTables(copy: number): SeedTable[] {
  const dataset = buildDocumentDataset(copy);
  const work = buildIndustryAssociationsRecords(dataset);
  return [
    { entity: Association, rows: dataset.associations.map(({ kind, ...record }) => ({ ...record, kind: AssociationKind[kind] })) },
    { entity: Membership, rows: work.memberships.map(({ role, ...record }) => ({ ...record, role: MembershipRole[role] })) },
    { entity: CertificationMark, rows: work.certificationMarks.map(({ kind, ...record }) => ({ ...record, kind: CertificationMarkKind[kind] })) },
    { entity: MarkAuthorisation, rows: work.markAuthorisations },
    {
      entity: ServiceContract,
      rows: work.serviceContracts.map(({ service, method, ...record }) => ({ ...record, service: PublicService[service], method: ProcurementMethod[method] })),
    },
    {
      entity: SafeCommunityDesignation,
      rows: work.safeCommunityDesignations.map(({ level, status, ...record }) => ({ ...record, level: SafeCommunityLevel[level], status: SafeCommunityStatus[status] })),
    },
    { entity: PromotionProject, rows: work.promotionProjects },
    { entity: TrainingSession, rows: work.trainingSessions },
    { entity: SupportCentre, rows: work.supportCentres },
    {
      entity: SafeCommunityMeeting,
      rows: work.safeCommunityMeetings.map(({ scope, associationRole, ...record }) => ({
        ...record,
        scope: SafeCommunityMeetingScope[scope],
        associationRole: associationRole === null ? null : SafeCommunityMeetingRole[associationRole],
      })),
    },
    { entity: SafeCommunityPlan, rows: work.safeCommunityPlans },
  ];
}

/** Seeds the document's data set in one transaction, or the copies `options` names. */
export async function seed(db: DataSource, _config?: unknown, options?: SeedOptions): Promise<void> {
  await writeSeed(db, industryAssociationsTables, options);
}
