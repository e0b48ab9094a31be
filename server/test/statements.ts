import type { DataSource } from 'typeorm';

/**
 * Counts the SQL statements the data source runs. TypeORM hands every statement to its logger,
 * whatever the logging settings, so wrapping `logQuery` sees them all.
 */
export function statementCounter(db: DataSource): { readonly count: number; readonly statements: string[]; stop(): void } {
  const statements: string[] = [];
  const logger = db.logger;
  const original = logger.logQuery;
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
    return original.call(logger, query, parameters, queryRunner);
  };
  return {
    get count() {
      return statements.length;
    },
    statements,
    stop: () => {
      logger.logQuery = original;
    },
  };
}
