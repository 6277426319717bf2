import type { Environment } from '../config';
import type { EnvReader } from '../env';
import { LOG_LEVELS, type LogLevel } from './logger';

/**
 * LOG_LEVEL, read once with the rest of a service's configuration: `info`
 * (one access line per request) unless told; `warn` under NODE_ENV=test,
 * where a dozen services share one jest process and their access lines
 * would bury the test output.
 */
export function readLogLevel(read: EnvReader, environment: Environment): LogLevel {
  return read.oneOf('LOG_LEVEL', LOG_LEVELS, environment === 'test' ? 'warn' : 'info');
}
