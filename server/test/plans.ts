import type { DataSource } from 'typeorm';

/** One node of `EXPLAIN (FORMAT JSON)`'s plan tree (the fields the checks read). */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  /** EXPLAIN's estimate. */
  'Plan Rows'?: number;
  /** EXPLAIN ANALYZE's (or auto_explain's) count. */
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  /** Rows a scan's filter dropped (EXPLAIN ANALYZE), per loop. */
  'Rows Removed by Filter'?: number;
  'Sort Space Type'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan tree, the root first. */
export function* planNodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* planNodes(child);
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
  for (const node of planNodes(plan)) {
    if (node['Node Type'] === 'Seq Scan' && tables.includes(node['Relation Name'] ?? '')) {
      problems.push(`sequential scan of ${node['Relation Name']} (${node['Plan Rows']} rows estimated)`);
    }
    if (node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') {
      const input = Math.max(0, ...(node.Plans ?? []).map((child) => child['Plan Rows'] ?? 0));
      if (input > maxSortedRows) problems.push(`${node['Node Type']} of ${input} rows estimated`);
    }
  }
  return problems;
}
