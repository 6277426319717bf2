import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts every SQL statement a data source sends, so
 * that tests (and operators) can see how many statements a request costs
 * without timing anything. Printing is optional; counting is always on.
 */
export class StatementCounter implements Logger {
  private statements = 0;

  constructor(
    private readonly label: string,
    private readonly echo: boolean,
  ) {}

  /** Statements sent since the data source opened. */
  get count(): number {
    return this.statements;
  }

  logQuery(query: string): void {
    this.statements += 1;
    if (this.echo) console.log(`[${this.label}] ${query}`);
  }

  logQueryError(error: string | Error, query: string): void {
    this.statements += 1;
    console.error(`[${this.label}] query failed: ${error instanceof Error ? error.message : error}\n  ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`[${this.label}] slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    console.log(`[${this.label}] ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[${this.label}] ${String(message)}`);
  }
}
