import { OPERATION_IDS, OPERATION_NAMES, type DashboardOperations } from './generated/operations.js';
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
 * Operations are sent as trusted documents: by id (the SHA-256 of the
 * file's text, `extensions.persistedQuery`), never as text, which the
 * gateway finds in the same manifest `npm run compose` wrote beside these
 * ids. A dashboard token in production may send nothing else. `headers` adds
 * what the page states beside the token (x-purpose), read at each request.
 */
export function createGatewayClient(config: PageConfig, token: () => string, headers: () => Record<string, string> = () => ({})): GatewayClient {
  return {
    // The operation's name goes with every request, so the gateway's logs and the audit log say which screen asked.
    run: (file, variables) =>
      postGraphQL(
        config.graphqlPath,
        { variables, operationName: OPERATION_NAMES[file], extensions: { persistedQuery: { version: 1, sha256Hash: OPERATION_IDS[file] } } },
        { ...authorizationHeader(token()), ...headers() },
      ),
  };
}
