import type { DataSource } from 'typeorm';
import { buildIndustryAssociationsRecords, buildSmallDataset } from '@governance/dataset';
import { Association, AssociationKind } from '../entities/association.entity';
import { CertificationMark, CertificationMarkKind } from '../entities/certification-mark.entity';
import { MarkAuthorisation } from '../entities/mark-authorisation.entity';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { PromotionProject } from '../entities/promotion-project.entity';
import { SafeCommunityDesignation, SafeCommunityLevel, SafeCommunityStatus } from '../entities/safe-community-designation.entity';
import { ProcurementMethod, PublicService, ServiceContract } from '../entities/service-contract.entity';
import { SupportCentre } from '../entities/support-centre.entity';
import { TrainingSession } from '../entities/training-session.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Association).count()) === 0;
}

/** The associations' share of the data set, in one transaction. */
export async function seed(db: DataSource): Promise<void> {
  const dataset = buildSmallDataset();
  const work = buildIndustryAssociationsRecords(dataset);
  await db.transaction(async (manager) => {
    await manager.insert(Association, dataset.associations.map((record) => ({ ...record, kind: AssociationKind[record.kind] })));
    await manager.insert(Membership, work.memberships.map((record) => ({ ...record, role: MembershipRole[record.role] })));
    await manager.insert(CertificationMark, work.certificationMarks.map((record) => ({ ...record, kind: CertificationMarkKind[record.kind] })));
    await manager.insert(MarkAuthorisation, work.markAuthorisations.map((record) => ({ ...record })));
    await manager.insert(
      ServiceContract,
      work.serviceContracts.map((record) => ({ ...record, service: PublicService[record.service], method: ProcurementMethod[record.method] })),
    );
    await manager.insert(
      SafeCommunityDesignation,
      work.safeCommunityDesignations.map((record) => ({ ...record, level: SafeCommunityLevel[record.level], status: SafeCommunityStatus[record.status] })),
    );
    await manager.insert(PromotionProject, work.promotionProjects.map((record) => ({ ...record })));
    await manager.insert(TrainingSession, work.trainingSessions.map((record) => ({ ...record })));
    await manager.insert(SupportCentre, work.supportCentres.map((record) => ({ ...record })));
  });
}
