export { createWebRoutes, DASHBOARD_PATH, type WebRoutesOptions } from './web-routes';
export { DEFAULT_PUBLIC_DIR } from './public-dir';
