import { agencyNotices, otherErrors, setAgencyLabels } from './agencies.js';
import { loadCommunityReport } from './community-report.js';
import { el, formatNumber } from './dom.js';
import { createGatewayClient } from './gateway-client.js';
import type { DirectoryData, SubDistrictData, TalkEventStatsData } from './overview-types.js';
import { readPageConfig } from './page-config.js';
import { renderPanels } from './panels.js';
import { createTokenField } from './token.js';

/**
 * The reference dashboard: pick a sub-district, a community and a year, and
 * see the community's cross-agency overview. Every figure comes from the
 * gateway through the contract operations; the choice is kept in the URL so
 * that a view can be shared.
 */
const config = readPageConfig();
setAgencyLabels(config.agencies);
const token = createTokenField(config);
const client = createGatewayClient(config, token.value);
const root = document.getElementById('dashboard') ?? document.body;

const subDistrictSelect = el('select', { id: 'sub-district', 'aria-label': 'Sub-district' });
const communitySelect = el('select', { id: 'community', 'aria-label': 'Community', disabled: true });
const yearSelect = el('select', { id: 'year', 'aria-label': 'Year' });
const subDistrictSummary = el('p', { id: 'sub-district-summary', className: 'muted' });
const heading = el('h2', { id: 'community-name' });
const messages = el('div', { id: 'messages' });
const panels = el('div', { id: 'panels', className: 'panels' });

function setState(state: 'loading' | 'ready' | 'idle'): void {
  root.dataset.state = state;
}

function showProblems(problems: readonly string[]): void {
  messages.replaceChildren(...problems.map((problem) => el('p', { className: 'problem', role: 'alert' }, problem)));
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

function rememberChoice(): void {
  const params = new URLSearchParams();
  if (subDistrictSelect.value) params.set('subDistrict', subDistrictSelect.value);
  if (communitySelect.value) params.set('community', communitySelect.value);
  params.set('year', yearSelect.value);
  history.replaceState(null, '', `?${params}`);
}

/** Years that have talk events, newest first (TalkEventStats); the last five when public security does not answer. */
async function loadYears(): Promise<number[]> {
  const thisYear = new Date().getFullYear();
  const result = await client.run<TalkEventStatsData>('talk-event-stats.graphql', { from: '2000-01-01', to: `${thisYear}-12-31` });
  const years = (result.data?.talkEventStats ?? []).map((stat) => Number(stat.period)).filter(Number.isInteger);
  return years.length > 0 ? years.reverse() : [0, 1, 2, 3, 4].map((back) => thisYear - back);
}

/**
 * The picker's sub-districts from Directory, the contract's entry points.
 * Its lists are non-null, so when any agency is down the gateway answers it
 * with no data at all; then the community register alone is asked.
 */
async function loadSubDistricts(): Promise<NonNullable<DirectoryData['subDistricts']>> {
  const directory = await client.run<DirectoryData>('directory.graphql', {});
  if (directory.data?.subDistricts) return directory.data.subDistricts;
  const fallback = await client.run<DirectoryData>('dashboard/sub-districts.graphql', {});
  if (fallback.data?.subDistricts) return fallback.data.subDistricts;
  showProblems([...agencyNotices(fallback.errors).values(), ...otherErrors(fallback.errors).map((error) => error.message)]);
  return [];
}

async function loadSubDistrict(code: string, chosenCommunity: string | null): Promise<void> {
  communitySelect.disabled = true;
  communitySelect.replaceChildren(option('', code ? 'Loading communities…' : 'Choose a sub-district first'));
  subDistrictSummary.textContent = '';
  if (!code) return;
  const result = await client.run<SubDistrictData>('sub-district-overview.graphql', { code });
  const subDistrict = result.data?.subDistrict;
  if (!subDistrict) {
    showProblems([...agencyNotices(result.errors).values(), ...otherErrors(result.errors).map((error) => error.message)]);
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

async function showCommunity(): Promise<void> {
  rememberChoice();
  const code = communitySelect.value;
  const request = (latestRequest += 1);
  if (!code) {
    heading.textContent = '';
    panels.replaceChildren();
    setState('idle');
    return;
  }
  setState('loading');
  const report = await loadCommunityReport(client, code, Number(yearSelect.value));
  // A slower answer for an earlier choice must not overwrite the current one.
  if (request !== latestRequest) return;
  heading.textContent = report.community ? `${report.community.name} · ${report.community.subDistrict.name} · ${report.year}` : code;
  showProblems(report.problems);
  panels.replaceChildren(...renderPanels(report));
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
      el('a', { href: config.graphqlPath }, 'Playground'),
    ),
    el(
      'nav',
      { className: 'pickers' },
      el('label', {}, 'Sub-district ', subDistrictSelect),
      el('label', {}, 'Community ', communitySelect),
      el('label', {}, 'Year ', yearSelect),
      subDistrictSummary,
    ),
    messages,
    heading,
    panels,
  );
  setState('loading');
  const params = new URLSearchParams(location.search);
  const [subDistricts, years] = await Promise.all([loadSubDistricts(), loadYears()]);
  subDistrictSelect.replaceChildren(option('', 'Choose a sub-district'), ...subDistricts.map((subDistrict) => option(subDistrict.code, `${subDistrict.name} · ${subDistrict.city}`)));
  yearSelect.replaceChildren(...years.map((year) => option(String(year), String(year))));
  const year = params.get('year');
  if (year && years.includes(Number(year))) yearSelect.value = year;

  subDistrictSelect.addEventListener('change', () => void loadSubDistrict(subDistrictSelect.value, null).then(showCommunity));
  communitySelect.addEventListener('change', () => void showCommunity());
  yearSelect.addEventListener('change', () => void showCommunity());

  const chosen = params.get('subDistrict');
  if (chosen && subDistricts.some((subDistrict) => subDistrict.code === chosen)) {
    subDistrictSelect.value = chosen;
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
