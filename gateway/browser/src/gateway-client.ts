import { postGraphQL, type GraphQLResult } from './graphql-client.js';
import type { PageConfig } from './page-config.js';
import { authorizationHeader } from './token.js';

export interface GatewayClient {
  /** Sends a bundled operation (a contract file, or `dashboard/<file>`) with the page's token. */
  run<TData>(file: string, variables: Record<string, unknown>): Promise<GraphQLResult<TData>>;
}

/** Operations are the files the build copied, fetched once each: the dashboard sends the contract verbatim. */
export function createGatewayClient(config: PageConfig, token: () => string): GatewayClient {
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
    run: async (file, variables) => postGraphQL(config.graphqlPath, { query: await operation(file), variables }, authorizationHeader(token())),
  };
}
