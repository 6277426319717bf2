import { EXAMPLE_VARIABLES } from './example-variables.js';

/** An entry of operations/index.json, written by the build from the contract operations. */
export interface OperationEntry {
  readonly file: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
}

const h = React.createElement.bind(React);

/**
 * A GraphiQL sidebar plugin listing the contract operations: choosing one
 * opens it in a new tab with starting variables, so the analyst's own tabs
 * are left alone.
 */
export function createExamplesPlugin(assetsPath: string, operations: readonly OperationEntry[]): GraphiQLPlugin {
  const load = async (editors: GraphiQLEditorContext, entry: OperationEntry) => {
    const response = await fetch(`${assetsPath}/operations/${entry.file}`);
    const text = await response.text();
    editors.addTab();
    // addTab fills the new tab's editors on React's next render; ours must come after.
    setTimeout(() => {
      editors.queryEditor?.setValue(text);
      editors.variableEditor?.setValue(JSON.stringify(EXAMPLE_VARIABLES[entry.name] ?? {}, null, 2));
    }, 0);
  };
  const Content = () => {
    const editors = GraphiQL.React.useEditorContext();
    return h(
      'div',
      { className: 'examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', null, 'The operations the dashboards send (the contract). Choose one to open it in a new tab.'),
      h(
        'ul',
        null,
        operations.map((entry) =>
          h(
            'li',
            { key: entry.file },
            h('button', { type: 'button', className: 'example', 'data-operation': entry.name, onClick: () => editors && void load(editors, entry) }, entry.name),
            h('span', { className: 'example-type' }, entry.type),
          ),
        ),
      ),
    );
  };
  const Icon = () =>
    h(
      'svg',
      { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
      h('path', { d: 'M5 4h10l4 4v12H5z M15 4v4h4 M8 12h8 M8 16h6' }),
    );
  return { title: 'Examples', icon: Icon, content: Content };
}
