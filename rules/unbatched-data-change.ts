import { defineRule } from '../src/lint/types.js';
import { displayName, findAll, relationKey, type Node, type RangeVar } from '../src/model/ast.js';
import type { Catalog } from '../src/model/catalog.js';
import { dataChanges, executedQuery, mergeActions } from '../src/model/dml.js';
import type { MigrationFile } from '../src/model/project.js';
import type { AstNode, SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Batch it: repeat `… WHERE id IN (SELECT id FROM … WHERE <not yet done> LIMIT 5000)` until no row changes, from a PL/pgSQL loop that COMMITs per batch (in a migration of its own, without BEGIN/COMMIT) or a background job.';
const LOOP_HELP =
  'COMMIT at the end of each iteration (the DO block or CALL then goes into a migration of its own, without BEGIN/COMMIT), so that each batch is its own transaction.';
const COPY_HELP =
  'Copy in batches by key range (… WHERE id > last_id ORDER BY id LIMIT 5000), from a PL/pgSQL loop that COMMITs per batch (in a migration of its own, without BEGIN/COMMIT) or a background job.';

/** What a WHERE clause is judged against: the changed table and the names that are not its columns. */
interface Scope {
  /** Key columns of the table: a lookup on one of them touches a bounded number of rows. */
  keys: Set<string>;
  /** The table's name and alias: qualifiers of its columns. */
  names: Set<string>;
  /** PL/pgSQL variables, parameters and records of the enclosing body. */
  variables: Set<string>;
}

export default defineRule({
  meta: {
    id: 'unbatched-data-change',
    description: 'UPDATE/DELETE/MERGE of an existing table, or INSERT … SELECT (or MERGE … INSERT) reading one, in a single unbounded statement.',
    severity: 'warning',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;

    /**
     * One change to the rows of `table`: bounded when `where` is a batch bound (or, in a loop that
     * COMMITs, moves with a variable), or when `bounded` says so. Returns whether it reported.
     */
    const checkChange = (
      verb: string,
      table: RangeVar | undefined,
      where: AstNode | undefined,
      stmt: SqlStatement,
      file: MigrationFile,
      bounded?: (scope: Scope) => boolean,
    ): boolean => {
      const key = relationKey(table);
      if (!catalog.isPreExisting(key, file)) return false;
      const scope = scopeOf(catalog, key, table, stmt);
      const name = displayName(key ?? '?');
      const rows = verb.endsWith('DELETE') ? 'deletes' : 'rewrites';
      // A loop that COMMITs makes one batch per iteration when the statement changes with the iteration.
      if (hasBound(where, scope) || (stmt.context.loopCommits && usesVariable(where, scope)) || bounded?.(scope)) {
        if (!inLoopWithoutCommit(stmt)) return false;
        context.report({
          stmt,
          node: table,
          message: `${verb} on existing table ${name} in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction, which ${rows} every row the loop reaches and holds their row locks until the migration commits (concurrent writes to them wait)`,
          help: LOOP_HELP,
        });
        return true;
      }
      context.report({
        stmt,
        node: table,
        message: stmt.context.loopCommits
          ? `${verb} on existing table ${name} in a loop that COMMITs, but the statement is the same in every iteration (no batch bound, no loop variable in its WHERE): the first iteration already ${rows} every matching row in one transaction and holds their row locks until it commits (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`
          : `${verb} on existing table ${name} without a batch bound: one transaction ${rows} every matching row and holds their row locks until COMMIT (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`,
      });
      return true;
    };

    const readContext = (stmt: SqlStatement, file: MigrationFile, anyRead = false): ReadContext => {
      const ctes = new Map<string, AstNode>();
      for (const c of findAll(stmt.node, 'CommonTableExpr')) if (c.ctename && c.ctequery) ctes.set(c.ctename, c.ctequery);
      return { catalog, file, stmt, ctes, seen: new Set(), anyRead };
    };

    const checkCopy = (what: string, select: AstNode | undefined, stmt: SqlStatement, file: MigrationFile) => {
      if (!select) return;
      const read = unboundedRead(select, readContext(stmt, file));
      if (!read) {
        const any = inLoopWithoutCommit(stmt) ? unboundedRead(select, readContext(stmt, file, true)) : undefined;
        if (any) {
          context.report({
            stmt,
            node: any,
            message: `${what} from existing table ${displayName(relationKey(any) ?? '?')} in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction that copies every row the loop reaches at once (a burst of WAL and replication lag)`,
            help: LOOP_HELP,
          });
        }
        return;
      }
      context.report({
        stmt,
        node: read,
        message: `${what} reads all of existing table ${displayName(relationKey(read) ?? '?')} in one statement: one long transaction copies every row at once (a burst of WAL and replication lag), and rows written to it meanwhile are missed`,
        help: COPY_HELP,
      });
    };

    /**
     * MERGE INTO target USING source ON join WHEN … THEN …: at most one finding, for the first WHEN
     * clause that changes many rows. UPDATE/DELETE of matched rows is bounded like an UPDATE whose
     * WHERE is `join AND condition`, or when the join looks the target's key up in a bounded source
     * (`USING (SELECT … LIMIT 5000) s ON t.id = s.id`: the same bound as `WHERE id IN (SELECT … LIMIT
     * 5000)`). UPDATE/DELETE of rows NOT MATCHED BY SOURCE is bounded by its own condition only: the
     * fewer rows the source has, the more target rows match no source row. INSERT copies the source
     * (like INSERT … SELECT); DO NOTHING writes and locks no row.
     */
    const checkMerge = (merge: AstNode, stmt: SqlStatement, file: MigrationFile) => {
      const table = merge['relation'] as RangeVar | undefined;
      const join = merge['joinCondition'] as AstNode | undefined;
      const source: AstNode = { fromClause: merge['sourceRelation'] ? [merge['sourceRelation']] : [] };
      const actions = mergeActions(merge);
      for (const a of actions) {
        if (a.command !== 'UPDATE' && a.command !== 'DELETE') continue;
        const verb = `MERGE … WHEN ${a.match.toUpperCase()} THEN ${a.command}`;
        const reported =
          a.match === 'matched'
            ? checkChange(verb, table, and(join, a.condition), stmt, file, (scope) => keyLookup(join, scope) && !unboundedRead(source, readContext(stmt, file)))
            : checkChange(verb, table, a.condition, stmt, file);
        if (reported) return;
      }
      if (actions.some((a) => a.command === 'INSERT')) checkCopy('MERGE … WHEN NOT MATCHED THEN INSERT', source, stmt, file);
    };

    return {
      statement(stmt, file) {
        for (const { kind, node } of dataChanges(stmt)) {
          if (kind === 'UpdateStmt') checkChange('UPDATE', node['relation'], node['whereClause'], stmt, file);
          else if (kind === 'DeleteStmt') checkChange('DELETE', node['relation'], node['whereClause'], stmt, file);
          else if (kind === 'InsertStmt') checkCopy('INSERT … SELECT', node['selectStmt']?.['SelectStmt'], stmt, file);
          else checkMerge(node, stmt, file);
        }
        const q = executedQuery(stmt);
        const n = q?.node;
        if (q?.kind === 'CreateTableAsStmt' && n?.['objtype'] === 'OBJECT_TABLE' && !n['into']?.['skipData']) {
          checkCopy('CREATE TABLE … AS SELECT', n['query']?.['SelectStmt'], stmt, file);
        } else if (q?.kind === 'SelectStmt' && n?.['intoClause'] && !n['intoClause']['skipData']) {
          checkCopy('SELECT … INTO', n, stmt, file);
        }
      },
    };
  },
});

/** Both conditions (either may be missing). */
function and(a: AstNode | undefined, b: AstNode | undefined): AstNode | undefined {
  if (!a || !b) return a ?? b;
  return { BoolExpr: { boolop: 'AND_EXPR', args: [a, b] } };
}

/** A conjunct `key = expression` where the expression does not mention the changed table (a join on its key). */
function keyLookup(cond: AstNode | undefined, scope: Scope): boolean {
  const b = cond?.['BoolExpr'];
  if (b) return b['boolop'] === 'AND_EXPR' && ((b['args'] ?? []) as AstNode[]).some((a) => keyLookup(a, scope));
  const e = cond?.['A_Expr'];
  if (!e || e['kind'] !== 'AEXPR_OP' || opName(e) !== '=') return false;
  const key = (x: AstNode | undefined) => {
    const c = tableColumn(x, scope);
    return c !== undefined && scope.keys.has(c);
  };
  return (key(e['lexpr']) && !mentionsTable(e['rexpr'], scope)) || (key(e['rexpr']) && !mentionsTable(e['lexpr'], scope));
}

/** Does the expression name a column qualified by the changed table's name or alias? */
function mentionsTable(n: unknown, scope: Scope): boolean {
  if (Array.isArray(n)) return n.some((x) => mentionsTable(x, scope));
  if (!n || typeof n !== 'object') return false;
  const f = fieldsOf(n as AstNode);
  if (f) return f.length > 1 && scope.names.has(f[f.length - 2]!);
  return Object.values(n).some((v) => typeof v === 'object' && mentionsTable(v, scope));
}

function inLoopWithoutCommit(stmt: SqlStatement): boolean {
  return stmt.context.inLoop && !stmt.context.loopCommits;
}

interface ReadContext {
  /** Report the first pre-existing table read, bounded or not. */
  anyRead?: boolean;
  catalog: Catalog;
  file: MigrationFile;
  stmt: SqlStatement;
  /** CTEs of the statement, by name (a CTE name in FROM is not a table). */
  ctes: Map<string, AstNode>;
  seen: Set<string>;
}

/**
 * The first pre-existing table a SELECT reads whole (no LIMIT, no batch bound in its WHERE),
 * looking through CTEs, subqueries in FROM, joins and set operations.
 */
function unboundedRead(s: AstNode, rc: ReadContext): RangeVar | undefined {
  if ((s['limitCount'] && !rc.anyRead) || s['valuesLists']) return undefined;
  if (s['op'] && s['op'] !== 'SETOP_NONE') {
    return unboundedRead(s['larg'] ?? {}, rc) ?? unboundedRead(s['rarg'] ?? {}, rc);
  }
  const read: RangeVar[] = [];
  const fromItem = (item: AstNode): void => {
    if (item['RangeVar']) {
      const rv = item['RangeVar'] as RangeVar;
      const cte = !rv.schemaname && rv.relname ? rc.ctes.get(rv.relname) : undefined;
      if (cte) {
        // A CTE that is itself a data change is checked on its own.
        if (cte['SelectStmt'] && !rc.seen.has(rv.relname!)) {
          rc.seen.add(rv.relname!);
          const inner = unboundedRead(cte['SelectStmt'], rc);
          if (inner) read.push(inner);
        }
      } else if (rc.catalog.isPreExisting(relationKey(rv), rc.file)) {
        read.push(rv);
      }
    } else if (item['RangeSubselect']) {
      const sub = item['RangeSubselect']['subquery']?.['SelectStmt'];
      const inner = sub ? unboundedRead(sub, rc) : undefined;
      if (inner) read.push(inner);
    } else if (item['JoinExpr']) {
      fromItem(item['JoinExpr']['larg'] ?? {});
      fromItem(item['JoinExpr']['rarg'] ?? {});
    }
  };
  for (const item of (s['fromClause'] ?? []) as AstNode[]) fromItem(item);
  const first = read[0];
  if (!first) return undefined;
  const scope =
    read.length === 1
      ? scopeOf(rc.catalog, relationKey(first), first, rc.stmt)
      : { keys: new Set<string>(), names: new Set<string>(), variables: variablesOf(rc.stmt) };
  if (rc.anyRead) return first;
  if (hasBound(s['whereClause'], scope)) return undefined;
  if (rc.stmt.context.loopCommits && usesVariable(s['whereClause'], scope)) return undefined;
  return first;
}

/** Does the expression use a PL/pgSQL variable or a parameter, so that it can change from one loop iteration to the next? */
function usesVariable(n: unknown, scope: Scope): boolean {
  if (Array.isArray(n)) return n.some((x) => usesVariable(x, scope));
  if (!n || typeof n !== 'object') return false;
  const node = n as AstNode;
  if (node['ParamRef']) return true;
  if (node['ColumnRef']) {
    const f = fieldsOf(node)!;
    return f.length > 0 && scope.variables.has(f[0]!) && !(f.length > 1 && scope.names.has(f[0]!));
  }
  return Object.values(node).some((v) => typeof v === 'object' && usesVariable(v, scope));
}

function variablesOf(stmt: SqlStatement): Set<string> {
  return new Set(stmt.context.parent?.body?.variables ?? []);
}

function scopeOf(catalog: Catalog, key: string | undefined, table: RangeVar | undefined, stmt: SqlStatement): Scope {
  const pk = catalog.relation(key)?.primaryKey;
  // A single-column PRIMARY KEY or UNIQUE constraint: an equality on it picks at most one row.
  const unique = catalog.constraints(key).filter((c) => (c.kind === 'unique' || c.kind === 'primary key') && c.columns?.length === 1).map((c) => c.columns![0]!);
  const keys = new Set(['id', 'ctid', ...(pk?.length === 1 ? pk : []), ...unique]);
  const names = new Set<string>();
  if (table?.relname) names.add(table.relname);
  if (table?.alias?.aliasname) names.add(table.alias.aliasname);
  return { keys, names, variables: variablesOf(stmt) };
}

function fieldsOf(n: AstNode | undefined): string[] | undefined {
  const fields = n?.['ColumnRef']?.['fields'] as Node[] | undefined;
  if (!fields) return undefined;
  return fields.map((f) => ('String' in f ? (f.String.sval ?? '') : '*'));
}

/** A column of the changed table (unqualified and not a PL/pgSQL variable, or qualified by its name). */
function tableColumn(n: AstNode | undefined, scope: Scope): string | undefined {
  const f = fieldsOf(n);
  if (!f || f.length === 0) return undefined;
  if (f.length === 1) return scope.variables.has(f[0]!) ? undefined : f[0];
  return scope.names.has(f[f.length - 2]!) ? f[f.length - 1] : undefined;
}

/** Does an expression depend on the row being changed? (Subqueries are their own scope.) */
function refersToTable(n: unknown, scope: Scope): boolean {
  if (Array.isArray(n)) return n.some((x) => refersToTable(x, scope));
  if (!n || typeof n !== 'object') return false;
  const node = n as AstNode;
  if (node['SubLink']) return refersToTable(node['SubLink']['testexpr'], scope);
  if (node['ColumnRef']) {
    const f = fieldsOf(node)!;
    // An unqualified name that is not a variable, or a name qualified by something that is not a variable record.
    return f.length === 1 ? !scope.variables.has(f[0]!) : !scope.variables.has(f[0]!) || scope.names.has(f[0]!);
  }
  return Object.values(node).some((v) => typeof v === 'object' && refersToTable(v, scope));
}

function opName(e: AstNode): string | undefined {
  const names = e['name'] as Node[] | undefined;
  const last = names?.[names.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}

/** A sub-select whose rows are limited: `(SELECT … LIMIT n)` (the LIMIT of the sub-select itself). */
function limitedSubLink(n: AstNode | undefined, types: string[]): boolean {
  const s = n?.['SubLink'];
  return Boolean(s && types.includes(String(s['subLinkType'])) && s['subselect']?.['SelectStmt']?.['limitCount']);
}

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
const FLIP: Record<string, string> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

/**
 * Is the WHERE clause a batch bound? A key compared with a LIMITed sub-select, a range on one
 * column (BETWEEN, or a lower and an upper bound), or a key lookup (`id = 42`, `id IN (1, 2)`,
 * `id = r.id` with a loop variable).
 */
function hasBound(where: AstNode | undefined, scope: Scope): boolean {
  if (!where) return false;
  if (where['BoolExpr']) {
    const b = where['BoolExpr'];
    const args = (b['args'] ?? []) as AstNode[];
    if (b['boolop'] === 'AND_EXPR') return args.some((a) => hasBound(a, scope)) || isRange(args, scope);
    if (b['boolop'] === 'OR_EXPR') return args.length > 0 && args.every((a) => hasBound(a, scope));
    return false;
  }
  if (where['CurrentOfExpr']) return true;
  // key IN (SELECT key … LIMIT n)
  if (where['SubLink']) return limitedSubLink(where, ['ANY_SUBLINK']) && where['SubLink']['testexpr'] !== undefined;
  const e = where['A_Expr'];
  if (!e) return false;
  const key = (n: AstNode | undefined) => {
    const c = tableColumn(n, scope);
    return c !== undefined && scope.keys.has(c);
  };
  switch (e['kind']) {
    case 'AEXPR_BETWEEN':
    case 'AEXPR_BETWEEN_SYM':
      return tableColumn(e['lexpr'], scope) !== undefined;
    case 'AEXPR_IN':
      return opName(e) === '=' && key(e['lexpr']) && Boolean(e['rexpr']?.['List']) && !refersToTable(e['rexpr'], scope);
    case 'AEXPR_OP_ANY':
      // ctid = ANY(ARRAY(SELECT ctid … LIMIT n)); id = ANY(ARRAY[1, 2, 3]) or an array variable
      if (opName(e) !== '=') return false;
      return limitedSubLink(e['rexpr'], ['ARRAY_SUBLINK']) || (key(e['lexpr']) && !refersToTable(e['rexpr'], scope));
    case 'AEXPR_OP':
      if (opName(e) !== '=') return false;
      return (key(e['lexpr']) && !refersToTable(e['rexpr'], scope)) || (key(e['rexpr']) && !refersToTable(e['lexpr'], scope));
    default:
      return false;
  }
}

/** `col >= a AND col < b` on one column of the table (either operand order). */
function isRange(args: AstNode[], scope: Scope): boolean {
  const lower = new Set<string>();
  const upper = new Set<string>();
  for (const a of args) {
    const e = a['A_Expr'];
    if (!e || e['kind'] !== 'AEXPR_OP') continue;
    const op = opName(e);
    if (!op || !FLIP[op]) continue;
    const l = tableColumn(e['lexpr'], scope);
    const r = tableColumn(e['rexpr'], scope);
    if ((l === undefined) === (r === undefined)) continue; // a column against a value
    const col = (l ?? r)!;
    const dir = l !== undefined ? op : FLIP[op]!;
    if (LOWER.has(dir)) lower.add(col);
    if (UPPER.has(dir)) upper.add(col);
  }
  for (const c of lower) if (upper.has(c)) return true;
  return false;
}
