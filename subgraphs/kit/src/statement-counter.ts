import type { Logger as TypeormLogger } from 'typeorm';
import { createLogger, currentRequest, type Logger } from './log';

/**
 * A TypeORM logger that counts every SQL statement a data source sends, in
 * total and for the request being served (its access-log line), so that
 * tests and operators can see how many statements a request costs without
 * timing anything. Printing each statement (LOG_SQL) is optional; counting
 * is always on. Failures, slow statements and migrations go to the service's
 * log.
 */
export class StatementCounter implements TypeormLogger {
  private statements = 0;
  private readonly out: Logger;

  constructor(
    label: string,
    private readonly echo: boolean,
    log?: Logger,
  ) {
    this.out = log ?? createLogger({ service: label, level: 'warn', destination: process.stderr });
  }

  /** Statements sent since the data source opened. */
  get count(): number {
    return this.statements;
  }

  logQuery(query: string): void {
    this.countOne();
    if (this.echo) this.out.info({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.countOne();
    this.out.warn({ sql: query, reason: error instanceof Error ? error.message : error }, 'sql statement failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ sql: query, durationMs: time }, 'slow sql statement');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.out.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
  }

  private countOne(): void {
    this.statements += 1;
    const request = currentRequest();
    if (request !== undefined) request.sqlStatements += 1;
  }
}
