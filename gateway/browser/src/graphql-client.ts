/** One GraphQL error as the gateway reports it (a missing agency has extensions.serviceName). */
export interface GraphQLErrorReport {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** A personal field the owner masked, and why (the gateway's `extensions.personalData`). */
export interface MaskedFieldNote {
  readonly coordinate: string;
  readonly owner: string;
  readonly reason: string;
  readonly message: string;
}

export interface GraphQLResult<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorReport[];
  readonly extensions?: { readonly personalData?: { readonly masked?: readonly MaskedFieldNote[] } };
}

export interface GraphQLRequestBody {
  /** The document's text; omitted when `extensions.persistedQuery` names a trusted document by id instead. */
  readonly query?: string;
  readonly variables?: unknown;
  readonly operationName?: string | null;
  readonly extensions?: { readonly persistedQuery?: { readonly version: 1; readonly sha256Hash: string } };
}

/** POSTs an operation to the gateway as JSON (which CSRF prevention lets through) and returns its result, partial or not. */
export async function postGraphQL<TData>(url: string, body: GraphQLRequestBody, headers: Record<string, string>): Promise<GraphQLResult<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResult<TData>;
  } catch {
    throw new Error(`The gateway answered HTTP ${response.status} without a GraphQL result`);
  }
}
