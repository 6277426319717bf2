import { agencyNotices, otherErrors, setAgencyLabels } from './agencies.js';
import { loadCommunityReport, type CommunityReport } from './community-report.js';
import { el, formatNumber } from './dom.js';
import { createGatewayClient } from './gateway-client.js';
import type { EnterprisePage } from './overview-types.js';
import { readPageConfig } from './page-config.js';
import { renderPanels, type EnterprisePaging } from './panels.js';
import { renderMaskedNotes } from './personal-data-notes.js';
import { createPurposeField } from './purpose-field.js';
import { createSubDistrictPicker } from './sub-district-picker.js';
import { createTokenField } from './token.js';

/**
 * The reference dashboard: find a sub-district, pick a community and a year,
 * and see the community's cross-agency overview. Every figure comes from the
 * gateway through named operations (the contract's and the page's own); the
 * choice is kept in the URL so that a view can be shared.
 */
const config = readPageConfig();
setAgencyLabels(config.agencies);
const token = createTokenField(config);
const purpose = createPurposeField(() => void showCommunity());
const client = createGatewayClient(
  config,
  () => token.value(),
  () => purpose.header(),
);
const root = document.getElementById('dashboard') ?? document.body;

const picker = createSubDistrictPicker(() => void loadSubDistrict(picker.select.value, null).then(showCommunity));
const communitySelect = el('select', { id: 'community', 'aria-label': 'Community', disabled: true });
const yearSelect = el('select', { id: 'year', 'aria-label': 'Year' });
const subDistrictSummary = el('p', { id: 'sub-district-summary', className: 'muted' });
const heading = el('h2', { id: 'community-name' });
const messages = el('div', { id: 'messages' });
const personalData = el('div', { id: 'personal-data' });
const panels = el('div', { id: 'panels', className: 'panels' });

function setState(state: 'loading' | 'ready' | 'idle'): void {
  root.dataset.state = state;
}

function showProblems(problems: readonly string[]): void {
  messages.replaceChildren(...problems.map((problem) => el('p', { className: 'problem', role: 'alert' }, problem)));
}

function problemsOf(errors: Parameters<typeof agencyNotices>[0]): string[] {
  return [...agencyNotices(errors).values(), ...otherErrors(errors).map((error) => error.message)];
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

function rememberChoice(): void {
  const params = new URLSearchParams();
  if (picker.select.value) params.set('subDistrict', picker.select.value);
  if (communitySelect.value) params.set('community', communitySelect.value);
  params.set('year', yearSelect.value);
  history.replaceState(null, '', `?${params}`);
}

/** Years that have talk events, newest first (TalkEventStats); the last five when public security does not answer. */
async function loadYears(): Promise<number[]> {
  const thisYear = new Date().getFullYear();
  const result = await client.run('talk-event-stats.graphql', { from: '2000-01-01', to: `${thisYear}-12-31` });
  const years = (result.data?.talkEventStats ?? []).map((stat) => Number(stat.period)).filter(Number.isInteger);
  return years.length > 0 ? years.reverse() : [0, 1, 2, 3, 4].map((back) => thisYear - back);
}

async function loadSubDistrict(code: string, chosenCommunity: string | null): Promise<void> {
  communitySelect.disabled = true;
  communitySelect.replaceChildren(option('', code ? 'Loading communities…' : 'Choose a sub-district first'));
  subDistrictSummary.textContent = '';
  if (!code) return;
  const result = await client.run('sub-district-overview.graphql', { code });
  const subDistrict = result.data?.subDistrict;
  if (!subDistrict) {
    showProblems(problemsOf(result.errors));
    return;
  }
  subDistrictSummary.textContent = `${subDistrict.name}: ${formatNumber(subDistrict.communities.totalCount)} communities, ${formatNumber(subDistrict.residentCount)} residents`;
  communitySelect.replaceChildren(
    option('', 'Choose a community'),
    ...subDistrict.communities.nodes.map((community) => option(community.code, `${community.name} (${formatNumber(community.residentCount)} residents)`)),
  );
  communitySelect.disabled = false;
  if (chosenCommunity && subDistrict.communities.nodes.some((community) => community.code === chosenCommunity)) communitySelect.value = chosenCommunity;
}

let latestRequest = 0;

/**
 * Draws the report with one page of the community's enterprises; the pager
 * asks CommunityEnterprises for the page after a cursor, keeping the cursors
 * of the pages before it so that "previous" needs no offset.
 */
function draw(report: CommunityReport, view: { start: number; page: EnterprisePage; cursors: ReadonlyArray<string | null> } | null, request: number): void {
  const turn = async (start: number, cursors: ReadonlyArray<string | null>) => {
    const code = report.community!.code;
    const after = cursors.at(-1) ?? null;
    setState('loading');
    const page = after === null ? report.community!.enterprises : (await client.run('dashboard/community-enterprises.graphql', { code, after })).data?.community?.enterprises;
    if (request !== latestRequest) return;
    if (page) draw(report, { start, page, cursors }, request);
    else showProblems(['The next page of enterprises could not be loaded; the commerce bureau may be unavailable.']);
    setState('ready');
  };
  const paging: EnterprisePaging | null =
    view === null
      ? null
      : {
          start: view.start,
          page: view.page,
          next:
            view.page.pageInfo.hasNextPage && view.page.pageInfo.endCursor
              ? () => void turn(view.start + view.page.nodes.length, [...view.cursors, view.page.pageInfo.endCursor])
              : null,
          previous: view.cursors.length > 1 ? () => void turn(Math.max(view.start - 50, 0), view.cursors.slice(0, -1)) : null,
        };
  panels.replaceChildren(...renderPanels(report, paging));
}

async function showCommunity(): Promise<void> {
  rememberChoice();
  const code = communitySelect.value;
  const request = (latestRequest += 1);
  if (!code) {
    heading.textContent = '';
    panels.replaceChildren();
    personalData.replaceChildren();
    setState('idle');
    return;
  }
  setState('loading');
  const report = await loadCommunityReport(client, code, Number(yearSelect.value));
  // A slower answer for an earlier choice must not overwrite the current one.
  if (request !== latestRequest) return;
  heading.textContent = report.community ? `${report.community.name} · ${report.community.subDistrict.name} · ${report.year}` : code;
  showProblems(report.problems);
  personalData.replaceChildren(...renderMaskedNotes(report.masked));
  const first = report.community?.enterprises;
  draw(report, first ? { start: 0, page: first, cursors: [null] } : null, request);
  setState('ready');
}

async function main(): Promise<void> {
  root.replaceChildren(
    el(
      'header',
      { className: 'top' },
      el('h1', {}, 'Community overview'),
      el('span', { className: 'muted' }, 'collaborative-governance graph'),
      token.element,
      el('span', { className: 'links' }, el('a', { href: config.accessReportPath }, 'Data access report'), el('a', { href: config.graphqlPath }, 'Playground')),
    ),
    el(
      'nav',
      { className: 'pickers' },
      ...picker.elements,
      el('label', {}, 'Community ', communitySelect),
      el('label', {}, 'Year ', yearSelect),
      purpose.element,
      subDistrictSummary,
    ),
    messages,
    personalData,
    heading,
    panels,
  );
  setState('loading');
  const params = new URLSearchParams(location.search);
  const [subDistricts, years, policy] = await Promise.all([
    client.run('dashboard/sub-districts.graphql', {}),
    loadYears(),
    client.run('dashboard/data-sharing-policy.graphql', {}),
  ]);
  purpose.setPurposes(policy.data?.communityCommitteesDataSharing?.purposes ?? []);
  const choices = subDistricts.data?.subDistricts ?? [];
  if (choices.length === 0) showProblems(problemsOf(subDistricts.errors));
  picker.setChoices(choices);
  yearSelect.replaceChildren(...years.map((year) => option(String(year), String(year))));
  const year = params.get('year');
  if (year && years.includes(Number(year))) yearSelect.value = year;

  communitySelect.addEventListener('change', () => void showCommunity());
  yearSelect.addEventListener('change', () => void showCommunity());

  const chosen = params.get('subDistrict');
  if (chosen && choices.some((choice) => choice.code === chosen)) {
    picker.select.value = chosen;
    await loadSubDistrict(chosen, params.get('community'));
  } else {
    await loadSubDistrict('', null);
  }
  await showCommunity();
}

main().catch((error: unknown) => {
  showProblems([`The dashboard could not start: ${error instanceof Error ? error.message : String(error)}`]);
  setState('idle');
});
