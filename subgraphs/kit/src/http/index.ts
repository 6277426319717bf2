export { runService, type StoppableService } from './run-service';
export { requestIdOf, serveGraphQL, type HttpService, type ServeOptions } from './serve-graphql';
