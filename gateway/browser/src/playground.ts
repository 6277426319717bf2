import { createExamplesPlugin, type OperationEntry } from './examples-plugin.js';
import { postGraphQL } from './graphql-client.js';
import { readPageConfig } from './page-config.js';
import { authorizationHeader, createTokenField } from './token.js';

const config = readPageConfig();
const token = createTokenField(config);

/** Headers from GraphiQL's editor win over the token field, so an analyst can try any header. */
function fetcher(params: GraphiQLFetcherParams, options?: GraphiQLFetcherOptions): Promise<unknown> {
  const edited = Object.fromEntries(Object.entries(options?.headers ?? {}).map(([name, value]) => [name, String(value)]));
  const hasAuthorization = Object.keys(edited).some((name) => name.toLowerCase() === 'authorization');
  return postGraphQL(config.graphqlPath, params, { ...(hasAuthorization ? {} : authorizationHeader(token.value())), ...edited });
}

function renderBar(): void {
  const bar = document.getElementById('playground-bar');
  if (!bar) return;
  const title = document.createElement('strong');
  title.textContent = 'Collaborative-governance graph';
  const dashboard = document.createElement('a');
  dashboard.href = config.dashboardPath;
  dashboard.textContent = 'Community dashboard';
  const note = document.createElement('span');
  note.className = 'note';
  note.textContent = config.introspection ? '' : 'Introspection is off here: the docs are empty, queries still run.';
  bar.append(title, token.element, purposeNote(), note, dashboard);
}

/**
 * How to state a purpose, which personal data needs: GraphiQL's headers
 * editor sends it with every query. The full rules are in
 * communityCommitteesDataSharing and in the response's personalData extension.
 */
function purposeNote(): HTMLElement {
  const note = document.createElement('span');
  note.className = 'note';
  note.id = 'purpose-help';
  const example = document.createElement('code');
  example.textContent = '{ "x-purpose": "patrol-vetting; case=SZ-2011-0042" }';
  note.title = "Only a purpose the data owner registered and agreed with your agency unmasks personal data; the response's extensions.personalData says why a field is masked.";
  note.append('Personal data: state a purpose in Headers, e.g. ', example);
  return note;
}

async function loadExamples(): Promise<OperationEntry[]> {
  try {
    const response = await fetch(`${config.assetsPath}/operations/index.json`);
    return response.ok ? ((await response.json()) as OperationEntry[]) : [];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  renderBar();
  const operations = await loadExamples();
  const directory = operations.find((entry) => entry.name === 'Directory');
  const defaultQuery = directory ? await (await fetch(`${config.assetsPath}/operations/${directory.file}`)).text() : '{\n  subDistricts { code name }\n}\n';
  const container = document.getElementById('graphiql');
  if (!container) return;
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      ...(config.introspection ? {} : { schema: null }),
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'variables',
      // Headers may carry tokens: not written to localStorage unless the analyst says so in the settings.
      shouldPersistHeaders: false,
      showPersistHeadersSettings: true,
      plugins: [createExamplesPlugin(config.assetsPath, operations)],
    }),
  );
}

void main();
