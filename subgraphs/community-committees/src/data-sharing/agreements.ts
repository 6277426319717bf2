import type { DataSharingAgreement } from '@governance/kit';

/**
 * What the community committees let each other agency read of the resident
 * register, for which registered purposes, until when. Terms follow the
 * five-year plan (2026-2030): renewing one is a change to this file,
 * reviewed like code. Agreements are never deleted: an ended one stays with
 * its dates, because audit entries name it.
 */
export const agreements: readonly DataSharingAgreement[] = [
  {
    number: 'CC-DSA-2026-001',
    requester: 'public-security',
    fields: ['Person.name', 'Person.phone'],
    purposes: ['patrol-vetting'],
    validFrom: '2026-01-01',
    validTo: '2030-12-31',
  },
  {
    // A resident under investigation must not learn of it from their access report: reads appear there half a year later.
    number: 'CC-DSA-2026-002',
    requester: 'public-security',
    fields: ['Person.name', 'Person.phone', 'Person.idNumber'],
    purposes: ['case-handling'],
    validFrom: '2026-01-01',
    validTo: '2030-12-31',
    disclosureDelayDays: 180,
  },
  {
    // The previous term also shared ID numbers; the renewal (CC-DSA-2026-004) no longer does.
    number: 'CC-DSA-2021-003',
    requester: 'commerce-bureau',
    fields: ['Person.name', 'Person.phone', 'Person.idNumber'],
    purposes: ['licence-review'],
    validFrom: '2021-01-01',
    validTo: '2025-12-31',
  },
  {
    number: 'CC-DSA-2026-004',
    requester: 'commerce-bureau',
    fields: ['Person.name', 'Person.phone'],
    purposes: ['licence-review'],
    validFrom: '2026-01-01',
    validTo: '2030-12-31',
  },
  {
    number: 'CC-DSA-2026-005',
    requester: 'legal-affairs',
    fields: ['Person.name', 'Person.phone'],
    purposes: ['reconsideration-review'],
    validFrom: '2026-01-01',
    validTo: '2030-12-31',
  },
];
