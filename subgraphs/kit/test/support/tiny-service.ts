import { ApolloServer, type BaseContext } from '@apollo/server';
import type { DestinationStream } from 'pino';
import type { Viewer } from '@governance/kit/auth';
import { DEFAULT_HTTP_TIMEOUTS, serveGraphQL, type HttpService, type HttpTimeouts } from '@governance/kit/http';
import { createLogger, requestLogPlugin, type RequestRecord } from '@governance/kit/observability';
import { OperationLabels, RequestMetrics } from '@governance/kit/metrics';

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
  readonly apollo: ApolloServer<TinyContext>;
  readonly service: HttpService;
  /** Resolves once a request has entered the `slow` resolver. */
  readonly entered: Deferred<void>;
  /** What `slow` awaits before it answers. */
  readonly release: Deferred<string>;
  /** What GET /ready answers from; a function that throws counts as not ready. */
  ready: () => Promise<boolean>;
  readonly metrics: RequestMetrics;
  stop(): Promise<void>;
}

type TinyContext = BaseContext & { viewer: Viewer; requestRecord: RequestRecord };

export interface TinyServiceOptions {
  readonly maxRequestBytes?: number;
  readonly compressionMinBytes?: number;
  /** Where the access lines go (silent without). */
  readonly log?: DestinationStream;
  readonly timeouts?: HttpTimeouts;
}

/** An Apollo Server with `type Query { slow: String, hello: String }` served on an ephemeral port of 127.0.0.1. */
export async function startTinyService(options: TinyServiceOptions = {}): Promise<TinyService> {
  const entered = deferred<undefined>();
  const release = deferred<string>();
  const log = createLogger({ service: 'tiny', level: options.log === undefined ? 'silent' : 'info', ...(options.log === undefined ? {} : { destination: options.log }) });
  const metrics = new RequestMetrics('tiny', new OperationLabels(new Set(['Known']), 1));
  const apollo = new ApolloServer<TinyContext>({
    typeDefs: 'type Query { slow: String, hello: String, long(size: Int!): String, broken: String }',
    resolvers: {
      Query: {
        slow: async () => {
          entered.resolve(undefined);
          return release.promise;
        },
        hello: () => 'world',
        long: (_root: unknown, { size }: { size: number }) => 'x'.repeat(size),
        broken: () => {
          throw new Error('a driver error nobody meant');
        },
      },
    },
    plugins: [requestLogPlugin({ log, hashDocuments: true })],
  });
  await apollo.start();
  const tiny: TinyService = {
    apollo,
    entered,
    release,
    ready: async () => true,
    metrics,
    service: await serveGraphQL(apollo, {
      host: '127.0.0.1',
      port: 0,
      graphqlPath: '/graphql',
      maxRequestBytes: options.maxRequestBytes ?? 1_000,
      timeouts: options.timeouts ?? DEFAULT_HTTP_TIMEOUTS,
      compressionMinBytes: options.compressionMinBytes ?? 1_024,
      observability: { log, metrics, counts: 'sqlStatements' },
      context: async (_request, requestRecord) => ({ viewer: { kind: 'staff' as const, agency: 'commerce-bureau', subject: 'tester', scopes: [] }, requestRecord }),
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
