import type { DataSource } from 'typeorm';

/** One node of `EXPLAIN (FORMAT JSON)`'s plan tree (the fields the checks read). */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/** Every statement a data source runs, with its parameters (TypeORM hands each one to its logger). */
export function statementRecorder(db: DataSource): { readonly statements: { sql: string; params: unknown[] }[]; stop(): void } {
  const statements: { sql: string; params: unknown[] }[] = [];
  const logger = db.logger;
  const original = logger.logQuery;
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push({ sql: query, params: parameters ?? [] });
    return original.call(logger, query, parameters, queryRunner);
  };
  return { statements, stop: () => (logger.logQuery = original) };
}

/**
 * The plan PostgreSQL picks for a statement as the application role sees it: in a transaction with
 * the role and organization set, so row-level security's conditions are part of the plan.
 */
export async function explainAsApp(db: DataSource, organizationId: string, sql: string, params: unknown[]): Promise<PlanNode> {
  const runner = db.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('role', 'actionconnect_app', true), set_config('app.organization_id', $1, true)`, [
      organizationId,
    ]);
    const rows = (await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
    return rows[0]['QUERY PLAN'][0].Plan;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/**
 * What makes a plan cost the size of the table rather than the size of the answer: a sequential
 * scan of one of `tables`, or a sort of more than `maxSortedRows` estimated rows (a whole
 * organization's tickets sorted to return one page).
 */
export function planProblems(plan: PlanNode, tables: readonly string[], maxSortedRows = 1000): string[] {
  const problems: string[] = [];
  const walk = (node: PlanNode) => {
    if (node['Node Type'] === 'Seq Scan' && tables.includes(node['Relation Name'] ?? '')) {
      problems.push(`sequential scan of ${node['Relation Name']} (${node['Plan Rows']} rows estimated)`);
    }
    if (node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') {
      const input = Math.max(0, ...(node.Plans ?? []).map((child) => child['Plan Rows']));
      if (input > maxSortedRows) problems.push(`${node['Node Type']} of ${input} rows estimated`);
    }
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return problems;
}
