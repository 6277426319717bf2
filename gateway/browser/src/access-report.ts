import { agencyLabel, setAgencyLabels } from './agencies.js';
import { renderAccessReport } from './access-report-view.js';
import { el } from './dom.js';
import { createGatewayClient } from './gateway-client.js';
import { readPageConfig } from './page-config.js';
import { createTokenField } from './token.js';

/**
 * The data access report page: who read a person's personal data, when and
 * why, and which writes touched their records. A resident signs in with
 * their own token (whose subject is their Person.id, filled in for them); the
 * community committees' auditors with theirs. It sends one operation,
 * DataAccessReport, the only one a resident's token may run.
 */
const config = readPageConfig();
setAgencyLabels(config.agencies);
const token = createTokenField(config);
const client = createGatewayClient(config, token.value);
const root = document.getElementById('access-report') ?? document.body;

const person = el('input', { id: 'person', type: 'text', placeholder: 'Person.id (P and 23 hex digits)', spellcheck: false, 'aria-label': 'Person' });
const show = el('button', { id: 'show-report', type: 'submit' }, 'Show report');
const output = el('div', { id: 'report', className: 'report' });

/** A resident's token names the person: its subject is their Person.id (read, not verified: the gateway verifies). */
function residentOf(bearer: string): string | null {
  try {
    const payload = JSON.parse(
      atob(
        bearer
          .trim()
          .replace(/^bearer\s+/i, '')
          .split('.')[1]
          .replace(/-/g, '+')
          .replace(/_/g, '/'),
      ),
    ) as { kind?: unknown; sub?: unknown };
    return payload.kind === 'resident' && typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

async function load(): Promise<void> {
  const id = person.value.trim();
  if (id === '') return;
  history.replaceState(null, '', `?person=${encodeURIComponent(id)}`);
  root.dataset.state = 'loading';
  const result = await client.run('dashboard/data-access-report.graphql', { person: id });
  const report = result.data?.dataAccessReport;
  output.replaceChildren(
    ...(report
      ? renderAccessReport(report)
      : (result.errors ?? [{ message: 'The report could not be loaded' }]).map((error) => el('p', { className: 'problem', role: 'alert' }, error.message))),
  );
  root.dataset.state = 'ready';
}

function main(): void {
  const form = el('form', { className: 'report-form' }, el('label', {}, 'Person ', person), show);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  root.replaceChildren(
    el(
      'header',
      { className: 'top' },
      el('h1', {}, 'Data access report'),
      el('span', { className: 'muted' }, `kept by ${agencyLabel('community-committees')}`),
      token.element,
      el('span', { className: 'links' }, el('a', { href: config.dashboardPath }, 'Dashboard')),
    ),
    form,
    output,
  );
  person.value = new URLSearchParams(location.search).get('person') ?? residentOf(token.value()) ?? '';
  root.dataset.state = 'idle';
  void load();
}

main();
