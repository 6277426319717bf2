import type { DataSharingPolicy } from '@governance/kit';
import { agreements } from './agreements';
import { purposes } from './purposes';

/**
 * The community committees' decisions about the resident register's
 * personal fields. The industry associations have no agreement: their
 * dashboards see people masked. No field is owner-only: each is shared
 * under at least one agreement.
 */
export const committeesDataSharing: DataSharingPolicy = {
  purposes,
  agreements,
  ownerOnly: [],
  accessReport: true,
};
