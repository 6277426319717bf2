import { agencyLabel, type AgencyName } from './agencies.js';
import { barChart } from './bar-chart.js';
import type { CommunityReport } from './community-report.js';
import { el, formatNumber } from './dom.js';
import { describeMissedDays } from './missed-days.js';
import type { Community, EnterprisePage } from './overview-types.js';

/** The page of a community's enterprises on screen, and how to move to another. */
export interface EnterprisePaging {
  /** Index of the page's first enterprise in the community's list, from 0. */
  readonly start: number;
  readonly page: EnterprisePage;
  readonly next: (() => void) | null;
  readonly previous: (() => void) | null;
}

/** A panel's parts; null parts are left out. */
type Parts = Array<Node | null>;

interface PanelSpec {
  readonly id: string;
  readonly title: string;
  /** The agencies whose answer this panel shows; a notice for any of them is shown in it. */
  readonly agencies: readonly AgencyName[];
  /** The panel's content, or null when its data is missing (the notice says why). */
  readonly body: Parts | null;
}

function panel(report: CommunityReport, spec: PanelSpec): HTMLElement {
  const notices = spec.agencies.flatMap((agency) => {
    const notice = report.notices.get(agency);
    return notice === undefined ? [] : [el('p', { className: 'notice', role: 'alert', 'data-notice': agency }, notice)];
  });
  const missing = report.community === null ? `${agencyLabel('community-committees')} did not return the community, so this part cannot be shown.` : 'No answer for this part.';
  const body = spec.body ?? (notices.length > 0 ? [] : [el('p', { className: 'empty' }, missing)]);
  return el(
    'section',
    { className: 'panel', 'data-panel': spec.id, 'data-agency': spec.agencies[0] },
    el('h2', {}, spec.title),
    el('p', { className: 'agency' }, spec.agencies.map((agency) => agencyLabel(agency)).join(' · ')),
    ...notices,
    ...body,
  );
}

function figure(key: string, label: string, value: number, detail?: string): HTMLElement {
  return el(
    'div',
    { className: 'figure', 'data-figure': key, 'data-value': value },
    el('span', { className: 'figure-value' }, formatNumber(value)),
    el('span', { className: 'figure-label' }, label),
    detail === undefined ? null : el('span', { className: 'figure-detail' }, detail),
  );
}

/** A share as a figure: the percentage large, the counts beside it; `data-value` holds the exact ratio. */
function rate(key: string, label: string, part: number, whole: number): HTMLElement {
  const percent = whole === 0 ? 0 : (part / whole) * 100;
  return el(
    'div',
    { className: 'figure', 'data-figure': key, 'data-value': whole === 0 ? 0 : part / whole },
    el('span', { className: 'figure-value' }, whole === 0 ? '–' : `${percent >= 99.95 || percent === 0 ? percent.toFixed(0) : percent.toFixed(1)}%`),
    el('span', { className: 'figure-label' }, label),
    el('span', { className: 'figure-detail' }, `${formatNumber(part)} of ${formatNumber(whole)} days`),
  );
}

const share = (part: number, whole: number) => (whole === 0 ? '' : `${Math.round((part / whole) * 100)}%`);

function residents(community: Community): Parts {
  const contacts = community.contactPersons;
  return [
    el(
      'div',
      { className: 'figures' },
      figure('residentCount', 'residents', community.residentCount),
      figure('newResidentCount', 'new Suzhou residents', community.newResidentCount, share(community.newResidentCount, community.residentCount)),
      figure('foreignResidentCount', 'foreign residents', community.foreignResidentCount, share(community.foreignResidentCount, community.residentCount)),
    ),
    el('h3', {}, `Contact persons (民情联系人): ${contacts.length}`),
    contacts.length === 0
      ? el('p', { className: 'empty' }, 'None assigned.')
      : el(
          'ul',
          { className: 'list', 'data-list': 'contact-persons' },
          ...contacts.map((person) => el('li', {}, person.name, el('span', { className: 'muted' }, ` ${person.phone}`))),
        ),
  ];
}

function police(report: CommunityReport, community: Community): Parts | null {
  const talks = community.talkEvents;
  if (talks === null && community.policeStation === null && report.notices.has('public-security')) return null;
  return [
    el('p', { 'data-figure': 'policeStation' }, 'Police station: ', el('strong', {}, community.policeStation?.name ?? 'none on file')),
    talks === null
      ? null
      : el(
          'div',
          { className: 'figures' },
          figure('talkEvents', `talk events (警民恳谈) in ${report.year}`, talks.totalCount),
          figure('officersDeployed', 'officer deployments (人次)', talks.officersDeployed),
          figure('peopleHelped', 'people helped', talks.peopleHelped),
        ),
    report.talkEventsPerMonth === null
      ? null
      : el(
          'div',
          { className: 'chart', 'data-chart': 'talk-events-per-month' },
          el('h3', {}, `Talk events per month, ${report.year}`),
          barChart(`Talk events per month in ${report.year}`, report.talkEventsPerMonth),
        ),
    talks === null || talks.nodes.length === 0
      ? null
      : el('ul', { className: 'list' }, ...talks.nodes.map((talk) => el('li', {}, el('span', { className: 'muted' }, `${talk.heldOn} `), talk.topic))),
  ];
}

function patrols(report: CommunityReport, community: Community): Parts | null {
  if (community.patrolTeams === null) return null;
  if (community.patrolTeams.length === 0) return [el('p', { className: 'empty' }, 'No volunteer patrol team in this community.')];
  return community.patrolTeams.map((team) => {
    const compliance = report.compliance.get(team.id);
    return el(
      'div',
      { className: 'patrol-team', 'data-team': team.id },
      el('h3', {}, team.name, el('span', { className: 'muted' }, ` · ${team.memberCount} members`)),
      compliance === undefined
        ? el(
            'p',
            { className: 'empty' },
            report.notices.has('commerce-bureau')
              ? `No compliance figures: PatrolCompliance also names the team's enterprises, and ${agencyLabel('commerce-bureau')} is unavailable.`
              : 'No compliance figures.',
          )
        : el('div', { className: 'figures' }, rate('complianceRate', `of days kept the rule (≥ 6 on patrol, ≥ 8 h) in ${report.year}`, compliance.compliantDays, compliance.days)),
      compliance === undefined
        ? null
        : el('p', { className: 'muted', 'data-missed-days': compliance.days - compliance.compliantDays }, describeMissedDays(compliance.nonCompliantDates)),
    );
  });
}

const STATUS_ORDER = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'UNLICENSED'];

/** "Enterprises 51–100 of 353": which part of the community's list a page-based panel covers. */
function pageRange(paging: EnterprisePaging): string {
  const { start, page } = paging;
  if (page.nodes.length === 0) return `none of ${formatNumber(page.totalCount)}`;
  return `${formatNumber(start + 1)}–${formatNumber(start + page.nodes.length)} of ${formatNumber(page.totalCount)}`;
}

function pager(paging: EnterprisePaging): HTMLElement {
  const button = (label: string, action: (() => void) | null, name: string) => {
    const element = el('button', { type: 'button', 'data-page': name, disabled: action === null }, label);
    if (action) element.addEventListener('click', action);
    return element;
  };
  return el(
    'div',
    { className: 'pager' },
    button('‹ Previous 50', paging.previous, 'previous'),
    el('span', { className: 'muted', 'data-page-range': '' }, `Enterprises ${pageRange(paging)}`),
    button('Next 50 ›', paging.next, 'next'),
  );
}

function enterprises(report: CommunityReport, paging: EnterprisePaging): Parts {
  const counts = new Map((report.licenseStatuses ?? []).map(({ status, count }) => [status, count]));
  const statuses = [...new Set([...STATUS_ORDER, ...counts.keys()])];
  return [
    el('div', { className: 'figures' }, figure('enterpriseCount', 'enterprises and stalls in the community', paging.page.totalCount)),
    report.licenseStatuses === null
      ? null
      : el(
          'div',
          { className: 'chart', 'data-chart': 'enterprises-by-license-status' },
          el('h3', {}, 'All of them by licence status'),
          barChart(
            'Enterprises by licence status',
            statuses.map((status) => ({ label: status.toLowerCase(), value: counts.get(status) ?? 0, tone: `status-${status.toLowerCase()}` })),
          ),
        ),
    el('h3', {}, `This page: enterprises ${pageRange(paging)}`),
    pager(paging),
    el(
      'ul',
      { className: 'list', 'data-list': 'enterprises' },
      ...paging.page.nodes.map((enterprise) =>
        el('li', { 'data-credit-code': enterprise.creditCode }, enterprise.name, el('span', { className: 'muted' }, ` · ${enterprise.licenseStatus.toLowerCase()}`)),
      ),
    ),
  ];
}

function memberships(paging: EnterprisePaging): Parts {
  const byAssociation = new Map<string, { name: string; members: number }>();
  for (const enterprise of paging.page.nodes) {
    for (const membership of enterprise.memberships ?? []) {
      if (!membership.association) continue;
      const entry = byAssociation.get(membership.association.creditCode) ?? { name: membership.association.name, members: 0 };
      entry.members += 1;
      byAssociation.set(membership.association.creditCode, entry);
    }
  }
  return [
    // Memberships are asked per enterprise, so they cover the page the Enterprises panel shows, not the whole community.
    el(
      'p',
      { className: 'muted', 'data-covers': 'page' },
      `Memberships of the enterprises on the page shown (${pageRange(paging)}); move through the pages in the Enterprises panel.`,
    ),
    byAssociation.size === 0
      ? el('p', { className: 'empty' }, 'No association memberships on this page.')
      : el(
          'ul',
          { className: 'list', 'data-list': 'memberships' },
          ...[...byAssociation.values()]
            .sort((a, b) => b.members - a.members)
            .map((entry) => el('li', {}, entry.name, el('span', { className: 'muted' }, ` · ${entry.members} member${entry.members === 1 ? '' : 's'}`))),
        ),
  ];
}

function safeCommunity(community: Community): Parts | null {
  if (community.safeCommunityDesignations === null && community.serviceContracts === null) return null;
  const designations = community.safeCommunityDesignations ?? [];
  const contracts = community.serviceContracts ?? [];
  return [
    designations.length === 0
      ? el('p', { className: 'empty' }, 'No safe-community designation.')
      : el(
          'ul',
          { className: 'list', 'data-list': 'designations' },
          ...designations.map((designation) => el('li', {}, `${designation.year} · ${designation.level} · ${designation.status}`)),
        ),
    el('h3', {}, `Public services bought from associations: ${contracts.length}`),
    contracts.length === 0
      ? null
      : el(
          'ul',
          { className: 'list' },
          ...contracts.map((contract) =>
            el(
              'li',
              {},
              contract.service,
              el(
                'span',
                { className: 'muted' },
                ` · ${contract.provider?.name ?? 'provider unknown'} · ${contract.method}${contract.amountYuan === null ? '' : ` · ¥${formatNumber(contract.amountYuan)}`}`,
              ),
            ),
          ),
        ),
  ];
}

/** The overview's panels, one or more per agency; a panel whose agency did not answer says so and the others still show. */
export function renderPanels(report: CommunityReport, paging: EnterprisePaging | null): HTMLElement[] {
  const community = report.community;
  const whenKnown = (build: (known: Community) => Parts | null) => (community === null ? null : build(community));
  const whenPaged = (build: (known: EnterprisePaging) => Parts) => (community === null || paging === null ? null : build(paging));
  return [
    panel(report, { id: 'residents', title: 'Residents', agencies: ['community-committees'], body: whenKnown(residents) }),
    panel(report, { id: 'police', title: 'Police station and talk events', agencies: ['public-security'], body: whenKnown((known) => police(report, known)) }),
    panel(report, { id: 'patrols', title: 'Volunteer patrols', agencies: ['public-security'], body: whenKnown((known) => patrols(report, known)) }),
    panel(report, { id: 'enterprises', title: 'Enterprises', agencies: ['commerce-bureau'], body: whenPaged((known) => enterprises(report, known)) }),
    panel(report, { id: 'memberships', title: 'Association memberships', agencies: ['industry-associations', 'commerce-bureau'], body: whenPaged(memberships) }),
    panel(report, { id: 'safe-community', title: 'Safe community', agencies: ['industry-associations'], body: whenKnown(safeCommunity) }),
  ];
}
