export { ConnectionArgs, ConnectionType, loadConnection, selectsPage, toConnection, type ConnectionFields } from './connection';
export { PageInfo } from './page-info';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, encodeCursor, pageRequest, type PageRequest } from './page-request';
