export { readLogLevel } from './log-config';
export { LOG_LEVELS, createLogger, type LogLevel, type Logger, type LoggerSettings } from './logger';
export { requestLogPlugin, type RequestLogPluginOptions } from './request-log-plugin';
export { newRequestRecord, secondsSince, type RequestRecord } from './request-scope';
