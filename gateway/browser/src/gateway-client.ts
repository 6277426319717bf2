import { OPERATION_NAMES, type DashboardOperations } from './generated/operations.js';
import { postGraphQL, type GraphQLResult } from './graphql-client.js';
import type { PageConfig } from './page-config.js';
import { authorizationHeader } from './token.js';

/** A bundled operation file: a contract file (`community-overview.graphql`) or one of the page's own (`dashboard/<file>`). */
export type OperationFile = keyof DashboardOperations;
export type VariablesOf<F extends OperationFile> = DashboardOperations[F]['variables'];
export type DataOf<F extends OperationFile> = DashboardOperations[F]['data'];

export interface GatewayClient {
  /** Sends a bundled operation with the page's token, named, with variables and result typed from the schema. */
  run<F extends OperationFile>(file: F, variables: VariablesOf<F>): Promise<GraphQLResult<DataOf<F>>>;
}

/**
 * Operations are the files the build copied, fetched once each: the dashboard
 * sends the contract verbatim. `headers` adds what the page states beside the
 * token (x-purpose), read at each request.
 */
export function createGatewayClient(config: PageConfig, token: () => string, headers: () => Record<string, string> = () => ({})): GatewayClient {
  const texts = new Map<string, Promise<string>>();
  const operation = (file: string) => {
    let text = texts.get(file);
    if (!text) {
      text = fetch(`${config.assetsPath}/operations/${file}`).then((response) => {
        if (!response.ok) throw new Error(`The operation ${file} is not bundled (HTTP ${response.status})`);
        return response.text();
      });
      texts.set(file, text);
    }
    return text;
  };
  return {
    // The operation's name goes with every request, so the gateway's logs and the audit log say which screen asked.
    run: async (file, variables) => postGraphQL(config.graphqlPath, { query: await operation(file), variables, operationName: OPERATION_NAMES[file] }, { ...authorizationHeader(token()), ...headers() }),
  };
}
