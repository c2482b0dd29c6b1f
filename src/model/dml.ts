/**
 * Where a statement changes rows: every DML form PostgreSQL 18 has, wherever it sits in the
 * statement. Statements inside DO blocks and inside functions the migration calls are separate
 * statements (`SqlStatement.nested`, followed by the lint engine), so this looks at one statement.
 */
import type { AstNode, SqlStatement } from '../parse/parser.js';
import { findAll, hasOption, type Node } from './ast.js';

export type DmlKind = 'UpdateStmt' | 'DeleteStmt' | 'InsertStmt' | 'MergeStmt';

/** One data-changing statement or sub-statement: `node` is the fields of a node of type `kind`. */
export interface DataChange {
  kind: DmlKind;
  node: AstNode;
}

const DML = new Set<string>(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt']);

/** Statement types that can hold a data change, directly or in a WITH query. */
export const DML_CARRIERS = new Set<string>([...DML, 'SelectStmt', 'CreateTableAsStmt', 'ExplainStmt', 'CopyStmt']);

/**
 * The query a statement runs: the statement itself, the query of EXPLAIN ANALYZE (which executes
 * it; plain EXPLAIN does not), or of `COPY (query) TO` (INSERT/UPDATE/DELETE/MERGE … RETURNING
 * are allowed there). Shape: `{ ExplainStmt: { query: { UpdateStmt: … }, options: [DefElem analyze] } }`.
 */
export function executedQuery(stmt: SqlStatement): { kind: string; node: AstNode } | undefined {
  const n = stmt.node;
  if (stmt.kind === 'ExplainStmt') {
    if (!hasOption(n['options'] as Node[] | undefined, 'analyze')) return undefined;
    const [kind, node] = Object.entries((n['query'] ?? {}) as AstNode)[0] ?? [];
    return kind ? { kind, node: node as AstNode } : undefined;
  }
  if (stmt.kind === 'CopyStmt') {
    const [kind, node] = Object.entries((n['query'] ?? {}) as AstNode)[0] ?? [];
    return kind ? { kind, node: node as AstNode } : undefined;
  }
  return { kind: stmt.kind, node: n };
}

/**
 * Every data change a statement makes: the statement itself when it is an UPDATE, DELETE,
 * INSERT or MERGE (also under EXPLAIN ANALYZE or COPY (…) TO), and every data-modifying WITH
 * query in it (`WITH … AS (UPDATE/DELETE/INSERT/MERGE … RETURNING …)`; MERGE … RETURNING and
 * so MERGE in WITH are PostgreSQL 17+; PostgreSQL allows them only in the top-level WITH, and
 * one may read another's RETURNING), the statement itself first.
 */
export function dataChanges(stmt: SqlStatement): DataChange[] {
  if (!DML_CARRIERS.has(stmt.kind)) return [];
  const q = executedQuery(stmt);
  if (!q) return [];
  const out: DataChange[] = [];
  if (DML.has(q.kind)) out.push({ kind: q.kind as DmlKind, node: q.node });
  for (const c of findAll(q.node, 'CommonTableExpr')) {
    const [kind, node] = Object.entries((c.ctequery ?? {}) as AstNode)[0] ?? [];
    if (kind && DML.has(kind)) out.push({ kind: kind as DmlKind, node: node as AstNode });
  }
  return out;
}

export type MergeMatch = 'matched' | 'not matched by source' | 'not matched by target';
export type MergeCommand = 'UPDATE' | 'DELETE' | 'INSERT' | 'DO NOTHING';

/** One `WHEN … [AND condition] THEN …` clause of a MERGE. */
export interface MergeAction {
  match: MergeMatch;
  command: MergeCommand;
  condition?: AstNode;
}

const MATCH: Record<string, MergeMatch> = {
  MERGE_WHEN_MATCHED: 'matched',
  MERGE_WHEN_NOT_MATCHED_BY_SOURCE: 'not matched by source',
  MERGE_WHEN_NOT_MATCHED_BY_TARGET: 'not matched by target',
};
const COMMAND: Record<string, MergeCommand> = { CMD_UPDATE: 'UPDATE', CMD_DELETE: 'DELETE', CMD_INSERT: 'INSERT', CMD_NOTHING: 'DO NOTHING' };

/**
 * The WHEN clauses of a MERGE, in order. Shape: `mergeWhenClauses: [{ MergeWhenClause: { matchKind:
 * 'MERGE_WHEN_MATCHED', commandType: 'CMD_UPDATE', condition?, targetList, values? } }]`.
 */
export function mergeActions(merge: AstNode): MergeAction[] {
  const out: MergeAction[] = [];
  for (const c of (merge['mergeWhenClauses'] ?? []) as AstNode[]) {
    const w = c['MergeWhenClause'] as AstNode | undefined;
    const match = MATCH[String(w?.['matchKind'])];
    const command = COMMAND[String(w?.['commandType'])];
    if (w && match && command) out.push({ match, command, condition: w['condition'] as AstNode | undefined });
  }
  return out;
}
