/**
 * Table constraints as the replayed history leaves them: kind, columns, whether validated (NOT VALID
 * until VALIDATE CONSTRAINT), and the names PostgreSQL gives unnamed ones.
 */
import type { Node, RangeVar } from '@pgsql/types';
import type { AstNode } from '../../parse/parser.js';
import { relationKey, walk } from '../ast.js';
import { makeObjectName, nameAddition } from './names.js';
import type { CatalogState, ConstraintInfo, ConstraintKind, Origin } from './state.js';

const CONSTRAINT_KINDS: Record<string, ConstraintKind> = {
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'foreign key',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary key',
  CONSTR_EXCLUSION: 'exclusion',
  CONSTR_NOTNULL: 'not null',
};

/**
 * Records a constraint (a `Constraint` node of CREATE TABLE, a column definition or ALTER TABLE
 * … ADD). In CREATE TABLE, PostgreSQL marks CHECK and FOREIGN KEY constraints valid even when
 * written NOT VALID (the new table is empty): `created`; ALTER TABLE … ADD … NOT VALID leaves them
 * unvalidated. `column`: the column a column constraint belongs to. Constraint kinds the catalog
 * does not follow (DEFAULT, GENERATED, …) are ignored.
 */
export function addConstraint(state: CatalogState, table: string, con: AstNode, origin: Origin, created: boolean, column?: string): void {
  const kind = CONSTRAINT_KINDS[String(con['contype'])];
  if (!kind) return;
  const names = (list: unknown) => ((list ?? []) as Node[]).map((k) => ('String' in k ? (k.String.sval ?? '') : '')).filter(Boolean);
  let columns: string[] | undefined;
  let notNullColumn: string | undefined;
  if (kind === 'check') {
    notNullColumn = notNullTestColumn(con['raw_expr']);
    const refs = new Set<string>();
    walk(con['raw_expr'], (node) => {
      const f = (node['ColumnRef'] as AstNode | undefined)?.['fields'] as Node[] | undefined;
      const last = f?.[f.length - 1];
      if (last && 'String' in last && last.String.sval) refs.add(last.String.sval);
    });
    columns = [...refs];
  } else if (kind === 'exclusion') {
    columns = ((con['exclusions'] ?? []) as Node[][]).flatMap((pair) => {
      const elem = (pair[0] as AstNode | undefined)?.['IndexElem'] as AstNode | undefined;
      return elem?.['name'] ? [elem['name'] as string] : [];
    });
  } else if (kind === 'not null') {
    notNullColumn = column ?? names(con['keys'])[0];
    columns = notNullColumn ? [notNullColumn] : undefined;
  } else {
    const keys = names(kind === 'foreign key' ? con['fk_attrs'] : con['keys']);
    columns = keys.length ? keys : column ? [column] : undefined;
  }
  const validated = created || !con['skip_validation'];
  if (kind === 'primary key' || (kind === 'not null' && validated)) {
    for (const c of columns ?? []) {
      const info = state.column(table, c);
      if (info) info.notNull = true;
    }
  }
  let list = state.constraintsByTable.get(table);
  if (!list) state.constraintsByTable.set(table, (list = []));
  const info: ConstraintInfo = {
    name: (con['conname'] as string | undefined) ?? constraintName(state, table, kind, columns ?? []),
    kind,
    validated,
    origin,
  };
  if (notNullColumn) info.notNullColumn = notNullColumn;
  if (columns) info.columns = columns;
  if (kind === 'foreign key') {
    const ref = relationKey(con['pktable'] as RangeVar | undefined);
    if (ref) info.references = ref;
  }
  list.push(info);
}

/** ALTER TABLE … VALIDATE CONSTRAINT: a validated NOT NULL constraint makes its column NOT NULL. */
export function validateConstraint(state: CatalogState, table: string, name: string, origin: Origin): void {
  const c = state.constraint(table, name);
  if (!c || c.validated) return;
  c.validated = true;
  c.validatedIn = origin;
  if (c.kind === 'not null' && c.notNullColumn) {
    const target = state.column(table, c.notNullColumn);
    if (target) target.notNull = true;
  }
}

/**
 * The name PostgreSQL chooses for an unnamed constraint: users_pkey, users_email_key,
 * orders_customer_id_fkey, … cut to 63 bytes as PostgreSQL cuts it, numbered on a clash
 * (ChooseConstraintName in src/backend/catalog/pg_constraint.c).
 */
function constraintName(state: CatalogState, table: string, kind: ConstraintKind, columns: string[]): string {
  const rel = table.slice(table.indexOf('.') + 1);
  const label = { check: 'check', 'foreign key': 'fkey', unique: 'key', 'primary key': 'pkey', exclusion: 'excl', 'not null': 'not_null' }[kind];
  // A CHECK is named after its column only when its expression uses exactly one.
  const named = kind === 'primary key' ? [] : kind === 'check' ? (columns.length === 1 ? columns : []) : columns;
  const addition = named.length ? nameAddition(named) : undefined;
  const taken = new Set(state.constraints(table).map((c) => c.name));
  for (let pass = 0; ; pass++) {
    const name = makeObjectName(rel, addition, pass ? `${label}${pass}` : label);
    if (!taken.has(name)) return name;
  }
}

/** DROP CONSTRAINT. Dropping a primary key leaves its columns NOT NULL; nullability stays as it is. */
export function dropConstraint(state: CatalogState, table: string, name: string): void {
  const list = state.constraintsByTable.get(table);
  if (!list) return;
  const i = list.findIndex((c) => c.name === name);
  if (i >= 0) list.splice(i, 1);
}

/** For CHECK (col IS NOT NULL): the column. */
function notNullTestColumn(expr: AstNode | undefined): string | undefined {
  const test = expr?.['NullTest'] as AstNode | undefined;
  if (!test || test['nulltesttype'] !== 'IS_NOT_NULL' || test['argisrow']) return undefined;
  const fields = test['arg']?.['ColumnRef']?.['fields'] as Node[] | undefined;
  if (fields?.length !== 1) return undefined;
  const f = fields[0]!;
  return 'String' in f ? f.String.sval : undefined;
}
