/**
 * The UMD globals the playground page loads before its module (React 18,
 * ReactDOM 18, GraphiQL 3), typed as far as our scripts use them.
 */

type ReactNode = ReactElement | string | number | boolean | null | undefined | readonly ReactNode[];

interface ReactElement {
  readonly type: unknown;
  readonly props: unknown;
}

type FunctionComponent<P> = (props: P) => ReactNode;

interface ReactGlobal {
  createElement<P extends object>(type: FunctionComponent<P> | string, props: P | null, ...children: ReactNode[]): ReactElement;
}

interface ReactDomGlobal {
  createRoot(container: Element): { render(element: ReactElement): void };
}

/** A CodeMirror 5 editor, as GraphiQL's editor context hands it out. */
interface GraphiQLEditor {
  getValue(): string;
  setValue(value: string): void;
}

interface GraphiQLEditorContext {
  addTab(): void;
  readonly queryEditor: GraphiQLEditor | null;
  readonly variableEditor: GraphiQLEditor | null;
}

interface GraphiQLPlugin {
  readonly title: string;
  readonly icon: FunctionComponent<Record<string, never>>;
  readonly content: FunctionComponent<Record<string, never>>;
}

interface GraphiQLFetcherParams {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: unknown;
}

interface GraphiQLFetcherOptions {
  readonly headers?: Record<string, unknown>;
}

interface GraphiQLProps {
  fetcher(params: GraphiQLFetcherParams, options?: GraphiQLFetcherOptions): Promise<unknown>;
  /** null: no schema, and no introspection request (production). */
  schema?: null;
  defaultQuery?: string;
  defaultHeaders?: string;
  defaultEditorToolsVisibility?: boolean | 'variables' | 'headers';
  isHeadersEditorEnabled?: boolean;
  shouldPersistHeaders?: boolean;
  showPersistHeadersSettings?: boolean;
  plugins?: readonly GraphiQLPlugin[];
}

interface GraphiQLGlobal extends FunctionComponent<GraphiQLProps> {
  readonly React: {
    useEditorContext(): GraphiQLEditorContext | null;
  };
}

declare const React: ReactGlobal;
declare const ReactDOM: ReactDomGlobal;
declare const GraphiQL: GraphiQLGlobal;
