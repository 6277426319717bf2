import { ApolloServer, type BaseContext } from '@apollo/server';
import { DEFAULT_HTTP_TIMEOUTS, serveGraphQL, type HttpService, type HttpTimeouts } from '@governance/kit/http';

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

/** A promise that the test settles. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

export interface TinyService {
  readonly apollo: ApolloServer<BaseContext>;
  readonly service: HttpService;
  /** Resolves once a request has entered the `slow` resolver. */
  readonly entered: Deferred<void>;
  /** What `slow` awaits before it answers. */
  readonly release: Deferred<string>;
  /** What GET /ready answers from; a function that throws counts as not ready. */
  ready: () => Promise<boolean>;
  stop(): Promise<void>;
}

/** An Apollo Server with `type Query { slow: String, hello: String }` served on an ephemeral port of 127.0.0.1. */
export async function startTinyService(options: { maxRequestBytes?: number; timeouts?: HttpTimeouts } = {}): Promise<TinyService> {
  const entered = deferred<void>();
  const release = deferred<string>();
  const apollo = new ApolloServer<BaseContext>({
    typeDefs: 'type Query { slow: String, hello: String }',
    resolvers: {
      Query: {
        slow: async () => {
          entered.resolve();
          return release.promise;
        },
        hello: () => 'world',
      },
    },
  });
  await apollo.start();
  const tiny: TinyService = {
    apollo,
    entered,
    release,
    ready: async () => true,
    service: await serveGraphQL(apollo, {
      host: '127.0.0.1',
      port: 0,
      graphqlPath: '/graphql',
      maxRequestBytes: options.maxRequestBytes ?? 1_000,
      timeouts: options.timeouts ?? DEFAULT_HTTP_TIMEOUTS,
      context: async () => ({}),
      ready: () => tiny.ready(),
    }),
    async stop() {
      release.resolve('done');
      await tiny.service.close(0);
      await apollo.stop();
    },
  };
  return tiny;
}

/** POSTs a GraphQL query as JSON. */
export function postQuery(url: string, query: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}
