export { DEFAULT_COMPRESSION_MIN_BYTES, appendVary, compress, endCompressible, negotiateEncoding, type ContentEncoding } from './compression';
export { documentHash } from './document-hash';
export { firstRoute, type Route } from './first-route';
export { observeRequest, type RequestObservability } from './observe-request';
export { runService, type StoppableService } from './run-service';
export { REQUEST_ID_HEADER, headerOf, operationNameOf, requestIdOf, serveGraphQL, type HttpService, type ServeOptions } from './serve-graphql';
