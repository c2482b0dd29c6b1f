/**
 * Does a table's CHECK constraint prove that a column holds no NULLs? That decides whether
 * ALTER COLUMN … SET NOT NULL (and the SET NOT NULL that ADD PRIMARY KEY does) reads the whole
 * table or only updates the catalog.
 *
 * PostgreSQL's test (tablecmds.c NotNullImpliedByRelConstraints → ConstraintImpliedByRelConstraint):
 * every validated CHECK of the table goes through eval_const_expressions and canonicalize_qual
 * (is_check), and predicate_implied_by(`col IS NOT NULL`, checks, weak = true) (predtest.c) must
 * succeed. Weak implication only: a CHECK passes when its expression is NULL, so a strict
 * `weight > 0` does not prove `weight IS NOT NULL` (predicate_implied_by_simple_clause uses
 * strictness for strong implication only). What remains is structural:
 *   - an AND proves it when one of its items does, an OR when each of its items does;
 *   - the atom must be equal() to the NullTest PostgreSQL builds: `col IS NOT NULL`, plain column,
 *     not a row test (argisrow false: a composite column's `col IS NOT NULL` does not count);
 *   - after constant folding: NOT pushed down (negate_clause: NOT (col IS NULL), De Morgan),
 *     `x = true` / `x <> false` → x, `x = false` → NOT x, ROW(a, b) IS [NOT] NULL → one scalar
 *     test per field, `col IS [NOT] DISTINCT FROM NULL` → a scalar NullTest (the parser's
 *     transformAExprDistinct), a cast to the column's own type dropped; in a CHECK, a NULL
 *     constant counts as TRUE (canonicalize_qual): dropped from an AND, making an OR true.
 * Everything else (IN, BETWEEN, coalesce, IS TRUE, CASE, casts to other types) is an atom that
 * proves nothing. Each form is measured on PostgreSQL 15 and PGlite in test/db/not-null-proof.test.ts.
 */
import type { Node } from '@pgsql/types';
import type { AstNode, SqlStatement } from '../parse/parser.js';
import { walk } from './ast.js';
import { typeNameText, type ConstraintInfo } from './catalog.js';

/** The column to prove NOT NULL, as the CHECK's expression names it. */
export interface NotNullTarget {
  column: string;
  /** The table as the statement that added the CHECK named it (for `parcel.weight`). */
  relname?: string;
  schemaname?: string;
  /** The column's type as typeNameText prints it: a cast to it is a no-op PostgreSQL drops. */
  type?: string;
  /** The column has a composite type: its `col IS NOT NULL` is a row test and proves nothing. */
  composite?: boolean;
}

/** A CHECK expression reduced to what the proof looks at. */
type Pred =
  | { op: 'and' | 'or'; args: Pred[] }
  | { op: 'notnull' | 'isnull' } // the target column IS [NOT] NULL (scalar test)
  | { op: 'const'; value: boolean | null }
  | { op: 'atom' };

const ATOM: Pred = { op: 'atom' };

/** Does `CHECK (expr)`, validated, let PostgreSQL skip the scan of SET NOT NULL on the target column? */
export function impliesNotNull(expr: Node | undefined, target: NotNullTarget): boolean {
  if (!expr) return false;
  return proves(simplify(reduce(expr as AstNode, target)));
}

function reduce(n: AstNode, t: NotNullTarget): Pred {
  if (n['BoolExpr']) {
    const b = n['BoolExpr'] as AstNode;
    const args = ((b['args'] ?? []) as AstNode[]).map((a) => reduce(a, t));
    if (b['boolop'] === 'NOT_EXPR') return args[0] ? negate(args[0]) : ATOM;
    return { op: b['boolop'] === 'AND_EXPR' ? 'and' : 'or', args };
  }
  if (n['NullTest']) {
    const test = n['NullTest'] as AstNode;
    const isNull = test['nulltesttype'] === 'IS_NULL';
    const row = test['arg']?.['RowExpr'] as AstNode | undefined;
    if (row) {
      // eval_const_expressions: one scalar test per field, ANDed (for IS NULL and IS NOT NULL alike).
      return { op: 'and', args: ((row['args'] ?? []) as AstNode[]).map((f) => scalarNullTest(f, isNull, t)) };
    }
    // A composite column's own test is a row test (argisrow): never equal() to the scalar one, and NOT does not flip it.
    if (t.composite && isColumn(test['arg'], t)) return ATOM;
    return scalarNullTest(test['arg'], isNull, t);
  }
  if (n['A_Expr']) {
    const e = n['A_Expr'] as AstNode;
    const [l, r] = [e['lexpr'] as AstNode | undefined, e['rexpr'] as AstNode | undefined];
    if (e['kind'] === 'AEXPR_DISTINCT' || e['kind'] === 'AEXPR_NOT_DISTINCT') {
      // transformAExprDistinct: x IS [NOT] DISTINCT FROM NULL is a scalar NullTest, even for a composite x.
      const other = isNullConst(r) ? l : isNullConst(l) ? r : undefined;
      return other ? scalarNullTest(other, e['kind'] === 'AEXPR_NOT_DISTINCT', t) : ATOM;
    }
    const op = (e['name'] as AstNode[] | undefined)?.[0]?.['String']?.['sval'];
    if (e['kind'] === 'AEXPR_OP' && (op === '=' || op === '<>') && l && r) {
      // simplify_boolean_equality: x = true → x, x = false → NOT x; <> the other way round.
      const lb = boolConst(l);
      const rb = boolConst(r);
      const [value, other] = rb !== undefined ? [rb, l] : lb !== undefined ? [lb, r] : [undefined, undefined];
      if (value === undefined || !other) return ATOM;
      const p = reduce(other, t);
      return value === (op === '=') ? p : negate(p);
    }
    return ATOM;
  }
  if (n['A_Const']) {
    const c = n['A_Const'] as AstNode;
    if (c['isnull']) return { op: 'const', value: null };
    const b = boolConst(n);
    return b === undefined ? ATOM : { op: 'const', value: b };
  }
  return ATOM;
}

/** `x IS [NOT] NULL` with argisrow false. */
function scalarNullTest(arg: AstNode | undefined, isNull: boolean, t: NotNullTarget): Pred {
  if (isColumn(arg, t)) return { op: isNull ? 'isnull' : 'notnull' };
  if (arg?.['A_Const']) {
    const valueIsNull = arg['A_Const']['isnull'] === true;
    return { op: 'const', value: valueIsNull === isNull };
  }
  return ATOM;
}

function isColumn(n: AstNode | undefined, t: NotNullTarget): boolean {
  if (!n) return false;
  const cast = n['TypeCast'] as AstNode | undefined;
  if (cast) return t.type !== undefined && cast['typeName'] !== undefined && typeNameText(cast['typeName']) === t.type && isColumn(cast['arg'], t);
  const fields = n['ColumnRef']?.['fields'] as AstNode[] | undefined;
  const names = (fields ?? []).map((f) => f['String']?.['sval'] as string | undefined);
  if (names.length === 0 || names.some((x) => x === undefined) || names[names.length - 1] !== t.column) return false;
  if (names.length === 1) return true;
  if (names[names.length - 2] !== t.relname) return false;
  return names.length === 2 || (names.length === 3 && names[0] === (t.schemaname ?? 'public'));
}

function isNullConst(n: AstNode | undefined): boolean {
  return n?.['A_Const']?.['isnull'] === true;
}

function boolConst(n: AstNode): boolean | undefined {
  const c = n['A_Const'] as AstNode | undefined;
  if (!c || !('boolval' in c)) return undefined;
  return c['boolval']?.['boolval'] === true;
}

/** negate_clause: NOT pushed down; NOT of an opaque atom stays opaque. */
function negate(p: Pred): Pred {
  switch (p.op) {
    case 'and':
    case 'or':
      return { op: p.op === 'and' ? 'or' : 'and', args: p.args.map(negate) };
    case 'notnull':
      return { op: 'isnull' };
    case 'isnull':
      return { op: 'notnull' };
    case 'const':
      return { op: 'const', value: p.value === null ? null : !p.value };
    case 'atom':
      return ATOM;
  }
}

/** Constant folding of AND/OR with CHECK semantics (canonicalize_qual with is_check: NULL acts as TRUE), flattened. */
function simplify(p: Pred): Pred {
  if (p.op !== 'and' && p.op !== 'or') return p;
  const args: Pred[] = [];
  for (const a of p.args.map(simplify)) {
    if (a.op === 'const') {
      const truthy = a.value !== false;
      if (p.op === 'and' && !truthy) return a;
      if (p.op === 'or' && truthy) return { op: 'const', value: true };
      continue;
    }
    if (a.op === p.op) args.push(...a.args);
    else args.push(a);
  }
  if (args.length === 0) return { op: 'const', value: p.op === 'and' };
  return args.length === 1 ? args[0]! : { op: p.op, args };
}

/** predicate_implied_by_recurse with `col IS NOT NULL` as the predicate: equal() at the leaves. */
function proves(p: Pred): boolean {
  switch (p.op) {
    case 'notnull':
      return true;
    case 'and':
      return p.args.some(proves);
    case 'or':
      return p.args.length > 0 && p.args.every(proves);
    default:
      return false;
  }
}

/** The CHECK constraints a CREATE TABLE / ALTER TABLE statement adds (table and column constraints). */
export function checkConstraintsOf(stmt: SqlStatement): AstNode[] {
  const out: AstNode[] = [];
  walk(stmt.node, (n) => {
    const c = n['Constraint'] as AstNode | undefined;
    if (c?.['contype'] === 'CONSTR_CHECK' && c['raw_expr']) out.push(c);
  });
  return out;
}

/** The distinct names of the columns an expression refers to, in the catalog's order (catalog.ts addConstraint). */
function columnRefs(expr: unknown): string[] {
  const refs = new Set<string>();
  walk(expr, (node) => {
    const f = (node['ColumnRef'] as AstNode | undefined)?.['fields'] as AstNode[] | undefined;
    const last = f?.[f.length - 1]?.['String']?.['sval'] as string | undefined;
    if (last) refs.add(last);
  });
  return [...refs];
}

/**
 * Does the catalog's CHECK constraint `c` prove that `column` (its current name) holds no NULLs?
 * Its expression is read from the statement that added it (c.origin.stmt): the CHECK named
 * c.name, or, for an unnamed one, every unnamed CHECK of that statement that refers to as many
 * columns (each must prove it). The catalog renames c.columns in place, in the order the
 * expression first names them, which maps the current name back to the written one.
 * Undefined when the statement holds no such CHECK (e.g. one inherited from a parent table).
 */
export function checkProvesNotNull(c: ConstraintInfo, column: string, info: Pick<NotNullTarget, 'type' | 'composite'> = {}): boolean | undefined {
  if (c.kind !== 'check') return false;
  const columns = c.columns ?? [];
  const i = columns.indexOf(column);
  if (i < 0) return false;
  const all = checkConstraintsOf(c.origin.stmt);
  const named = all.filter((n) => n['conname'] === c.name);
  const candidates = named.length ? named : all.filter((n) => !n['conname'] && columnRefs(n['raw_expr']).length === columns.length);
  if (candidates.length === 0) return undefined;
  const relation = c.origin.stmt.node['relation'] as AstNode | undefined;
  return candidates.every((n) => {
    const refs = columnRefs(n['raw_expr']);
    const written = refs.length === columns.length ? refs[i] : undefined;
    if (written === undefined) return false;
    return impliesNotNull(n['raw_expr'] as Node, {
      ...info,
      column: written,
      relname: relation?.['relname'] as string | undefined,
      schemaname: relation?.['schemaname'] as string | undefined,
    });
  });
}
