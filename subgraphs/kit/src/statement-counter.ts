import type { QueryRunner, Logger as TypeormLogger } from 'typeorm';
import { createLogger, type Logger, type RequestRecord } from './log';
import { requestOfRunner } from './request-data-source';

/**
 * A TypeORM logger that counts every SQL statement a data source sends, in
 * total and for the request being served (its access-log line), so that
 * tests and operators can see how many statements a request costs without
 * timing anything. A statement is a request's when it ran on a runner of that
 * request's data source (dataSourceFor). Printing each statement (LOG_SQL) is
 * optional; counting is always on. Failures, slow statements and migrations go
 * to the service's log, under the request's id when there is one.
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

  logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const request = this.countOne(queryRunner);
    if (this.echo) this.out.info({ ...idOf(request?.requestId), sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const request = this.countOne(queryRunner);
    this.out.warn({ ...idOf(request?.requestId), sql: query, reason: error instanceof Error ? error.message : error }, 'sql statement failed');
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.out.warn({ ...idOf(requestOfRunner(queryRunner)?.requestId), sql: query, durationMs: time }, 'slow sql statement');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.out.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
  }

  private countOne(queryRunner: QueryRunner | undefined): RequestRecord | undefined {
    this.statements += 1;
    const request = requestOfRunner(queryRunner);
    if (request !== undefined) request.sqlStatements += 1;
    return request;
  }
}

function idOf(requestId: string | undefined): { requestId?: string } {
  return requestId === undefined ? {} : { requestId };
}
