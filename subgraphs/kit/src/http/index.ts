export { documentHash } from './document-hash';
export { DEFAULT_HTTP_TIMEOUTS, readHttpTimeouts, type HttpTimeouts } from './http-timeouts';
export { MAX_OPERATION_NAME_LENGTH, MAX_PLANNED_OPERATION_NAME_LENGTH, isOperationName, operationNamePlugin } from './operation-name';
export { CLIENT_REQUEST_ID_HEADER, MAX_REQUEST_ID_LENGTH, REQUEST_ID_HEADER, clientRequestIdOf, forwardedRequestId, mintRequestId } from './request-id';
export { runService, type StoppableService } from './run-service';
export { headerOf, serveGraphQL, type HttpService, type Readiness, type ServeOptions } from './serve-graphql';
export { apolloExtrasDisabled } from './apollo-extras-disabled';
