export { runService, type StoppableService } from './run-service';
export { headerOf, operationNameOf, requestIdOf, serveGraphQL, type HttpService, type ServeOptions } from './serve-graphql';
export { apolloExtrasDisabled } from './apollo-extras-disabled';
