import type { DataSource } from 'typeorm';

/**
 * Records the SQL statements the data source runs, with their parameters. TypeORM hands every
 * statement to its logger, whatever the logging settings, so wrapping `logQuery` sees them all.
 * Empty `statements` (`length = 0`) to start afresh; `stop` unwraps the logger.
 */
export function statementRecorder(db: DataSource): { readonly statements: { sql: string; params: unknown[] }[]; stop(): void } {
  const statements: { sql: string; params: unknown[] }[] = [];
  const logger = db.logger;
  const original = logger.logQuery;
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push({ sql: query, params: parameters ?? [] });
    return original.call(logger, query, parameters, queryRunner);
  };
  return {
    statements,
    stop: () => {
      logger.logQuery = original;
    },
  };
}

/** Counts the SQL statements the data source runs (their text, in order). */
export function statementCounter(db: DataSource): { readonly count: number; readonly statements: string[]; stop(): void } {
  const recorder = statementRecorder(db);
  return {
    get count() {
      return recorder.statements.length;
    },
    get statements() {
      return recorder.statements.map((s) => s.sql);
    },
    stop: recorder.stop,
  };
}
