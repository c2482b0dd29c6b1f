import { defineRule } from '../src/lint/types.js';
import { displayName, findAll, relationKey, type Node } from '../src/model/ast.js';
import type { Catalog } from '../src/model/catalog.js';
import type { MigrationFile } from '../src/model/project.js';
import type { AstNode, SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Batch it: repeat `… WHERE id IN (SELECT id FROM … WHERE <not yet done> LIMIT 5000)` until no row changes, from a PL/pgSQL loop that COMMITs per batch or a background job.';

export default defineRule({
  meta: {
    id: 'unbatched-data-change',
    description: 'UPDATE/DELETE of an existing table, or INSERT … SELECT reading one, in a single unbounded statement.',
    severity: 'warning',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    const check = (verb: string, table: AstNode | undefined, where: AstNode | undefined, stmt: SqlStatement, file: MigrationFile) => {
      const key = relationKey(table);
      if (!catalog.isPreExisting(key, file)) return;
      if (batchedByLoop(stmt) || hasBound(where, keyColumns(catalog, key))) return;
      const name = displayName(key ?? '?');
      context.report({
        stmt,
        node: table,
        message: `${verb} on existing table ${name} without a batch bound: one transaction ${verb === 'DELETE' ? 'deletes' : 'rewrites'} every matching row and holds their row locks until COMMIT (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`,
      });
    };
    return {
      UpdateStmt(node, stmt, file) {
        check('UPDATE', node.relation, node.whereClause, stmt, file);
      },
      DeleteStmt(node, stmt, file) {
        check('DELETE', node.relation, node.whereClause, stmt, file);
      },
      InsertStmt(node, stmt, file) {
        const select = node.selectStmt && 'SelectStmt' in node.selectStmt ? node.selectStmt.SelectStmt : undefined;
        if (!select || select.valuesLists || batchedByLoop(stmt)) return;
        const ctes = new Set(findAll(node, 'CommonTableExpr').map((c) => c.ctename));
        for (const s of selectsOf(select)) {
          if (s.limitCount) continue;
          const read = findAll(s.fromClause, 'RangeVar').filter(
            (rv) => !(rv.relname && !rv.schemaname && ctes.has(rv.relname)) && catalog.isPreExisting(relationKey(rv), file),
          );
          if (read.length === 0) continue;
          const keys = read.length === 1 ? keyColumns(catalog, relationKey(read[0])) : new Set<string>();
          if (hasBound(s.whereClause, keys)) continue;
          const name = displayName(relationKey(read[0]) ?? '?');
          context.report({
            stmt,
            node: read[0],
            message: `INSERT … SELECT reads all of existing table ${name} in one statement: one long transaction that copies every row at once (WAL burst, replication lag, and rows written meanwhile are missed)`,
            help: `Copy in batches by key range (… WHERE id > :last_id ORDER BY id LIMIT 5000), from a loop that COMMITs per batch or a background job.`,
          });
          return;
        }
      },
    };
  },
});

function batchedByLoop(stmt: SqlStatement): boolean {
  return stmt.context.inLoop && stmt.context.loopCommits;
}

/** The SELECTs whose rows are produced (both sides of UNION/INTERSECT/EXCEPT). */
function selectsOf(s: AstNode): AstNode[] {
  if (s['op'] && s['op'] !== 'SETOP_NONE') {
    return [...selectsOf(s['larg'] ?? {}), ...selectsOf(s['rarg'] ?? {})];
  }
  return [s];
}

function keyColumns(catalog: Catalog, key: string | undefined): Set<string> {
  const pk = catalog.relation(key)?.primaryKey;
  return new Set(pk?.length === 1 ? pk : ['id']);
}

function columnName(n: AstNode | undefined): string | undefined {
  const fields = n?.['ColumnRef']?.['fields'] as Node[] | undefined;
  const last = fields?.[fields.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

function opName(e: AstNode): string | undefined {
  const names = e['name'] as Node[] | undefined;
  const last = names?.[names.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

function hasLimitedSubquery(n: unknown): boolean {
  return findAll(n, 'SubLink').some((s) => {
    const sub = s.subselect && 'SelectStmt' in s.subselect ? s.subselect.SelectStmt : undefined;
    return !!sub?.limitCount;
  });
}

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
const FLIP: Record<string, string> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

/** Is the WHERE clause a batch bound: a LIMITed key subquery, a key range, or a key lookup? */
function hasBound(where: AstNode | undefined, keys: Set<string>): boolean {
  if (!where) return false;
  if (where['BoolExpr']) {
    const b = where['BoolExpr'];
    const args = (b['args'] ?? []) as AstNode[];
    if (b['boolop'] === 'AND_EXPR') return args.some((a) => hasBound(a, keys)) || isRange(args);
    if (b['boolop'] === 'OR_EXPR') return args.length > 0 && args.every((a) => hasBound(a, keys));
    return false;
  }
  if (where['CurrentOfExpr']) return true;
  if (where['SubLink']) return hasLimitedSubquery(where);
  const e = where['A_Expr'];
  if (!e) return false;
  switch (e['kind']) {
    case 'AEXPR_BETWEEN':
    case 'AEXPR_BETWEEN_SYM':
      return true;
    case 'AEXPR_IN':
      return Boolean(e['rexpr']?.['List']);
    case 'AEXPR_OP_ANY':
      return hasLimitedSubquery(e['rexpr']) || Boolean(e['rexpr']?.['A_ArrayExpr']);
    case 'AEXPR_OP': {
      if (hasLimitedSubquery(e['rexpr'])) return true;
      if (opName(e) !== '=') return false;
      const l = columnName(e['lexpr']);
      const r = columnName(e['rexpr']);
      return (l !== undefined && keys.has(l)) || (r !== undefined && keys.has(r));
    }
    default:
      return false;
  }
}

/** `col >= a AND col < b` (either side may be written first). */
function isRange(args: AstNode[]): boolean {
  const lower = new Set<string>();
  const upper = new Set<string>();
  for (const a of args) {
    const e = a['A_Expr'];
    if (!e || e['kind'] !== 'AEXPR_OP') continue;
    const op = opName(e);
    if (!op || !FLIP[op]) continue;
    const l = columnName(e['lexpr']);
    const r = columnName(e['rexpr']);
    const col = l ?? r;
    const dir = l ? op : FLIP[op]!;
    if (!col) continue;
    if (LOWER.has(dir)) lower.add(col);
    if (UPPER.has(dir)) upper.add(col);
  }
  for (const c of lower) if (upper.has(c)) return true;
  return false;
}
