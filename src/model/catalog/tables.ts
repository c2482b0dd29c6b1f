/**
 * Tables: CREATE TABLE (columns, constraints, PARTITION OF, INHERITS, LIKE) and ALTER TABLE's
 * column and constraint subcommands, which reach partitions and inheriting tables as PostgreSQL's
 * ATPrepCmd recursion does (src/backend/commands/tablecmds.c).
 */
import type { Node, RangeVar, TypeName } from '@pgsql/types';
import type { AstNode, SqlStatement } from '../../parse/parser.js';
import { relationKey } from '../ast.js';
import { addConstraint, dropConstraint, validateConstraint } from './constraints.js';
import { lastName, typeNameText } from './names.js';
import type { CatalogState, ColumnInfo, ConstraintInfo, Origin } from './state.js';

/**
 * ALTER TABLE subcommands PostgreSQL applies to partitions and inheriting tables as well
 * (unless ALTER TABLE ONLY). Constraints are left out: they reach children under names of
 * their own (foreign keys of partitions) or not at all (NO INHERIT).
 */
const RECURSING = new Set(['AT_AddColumn', 'AT_DropColumn', 'AT_AlterColumnType', 'AT_SetNotNull', 'AT_DropNotNull', 'AT_ColumnDefault']);

/** TableLikeOption bits (CREATE_TABLE_LIKE_DEFAULTS, CREATE_TABLE_LIKE_ALL). */
const LIKE_DEFAULTS = 1 << 3;
const LIKE_ALL = 0x7fffffff;

const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** Records what a statement does to tables: CREATE TABLE, ALTER TABLE, RENAME COLUMN / CONSTRAINT. Other statements are ignored. */
export function recordTables(state: CatalogState, stmt: SqlStatement, origin: Origin): void {
  const n = stmt.node;
  if (stmt.kind === 'CreateStmt') createTable(state, n, origin);
  else if (stmt.kind === 'AlterTableStmt') alterTable(state, n, origin);
  else if (stmt.kind === 'RenameStmt') renameInTable(state, n, origin);
}

/** CREATE TABLE (a CreateStmt node): the relation, its columns and constraints. A table that exists already is left as it is. */
function createTable(state: CatalogState, n: AstNode, origin: Origin): void {
  const key = relationKey(n['relation'] as RangeVar);
  if (!key || state.relations.has(key)) return;
  state.relations.set(key, {
    key,
    kind: 'table',
    origin,
    partitioned: n['partspec'] !== undefined,
    primaryKey: primaryKeyOf(n['tableElts'] as Node[] | undefined),
  });
  createColumns(state, key, n, origin);
}

/** ALTER TABLE (an AlterTableStmt node) on a table or foreign table: each subcommand, recursing unless ONLY. */
function alterTable(state: CatalogState, n: AstNode, origin: Origin): void {
  if (n['objtype'] !== 'OBJECT_TABLE' && n['objtype'] !== 'OBJECT_FOREIGN_TABLE') return;
  const rv = n['relation'] as RangeVar | undefined;
  const key = relationKey(rv);
  if (!key) return;
  for (const c of (n['cmds'] ?? []) as Node[]) {
    if (!('AlterTableCmd' in c)) continue;
    const cmd = c.AlterTableCmd as AstNode;
    const targets = rv?.inh && RECURSING.has(String(cmd['subtype'])) ? [key, ...state.descendants(key)] : [key];
    for (const t of targets) alterTableCmd(state, t, cmd, origin);
  }
}

/** A table made by AS SELECT / SELECT INTO: its columns are not known. */
export function createTableFromQuery(state: CatalogState, key: string): void {
  state.forgetTable(key);
  state.partialColumns.add(key);
}

/** Columns and constraints of a CREATE TABLE (including PARTITION OF, INHERITS and LIKE). */
function createColumns(state: CatalogState, table: string, n: AstNode, origin: Origin): void {
  state.forgetTable(table);
  const columns = new Map<string, ColumnInfo>();
  const constraints: ConstraintInfo[] = [];
  state.columnsByTable.set(table, columns);
  state.constraintsByTable.set(table, constraints);
  // Inherited columns come first, as in PostgreSQL; a parent whose columns are unknown leaves them unknown.
  const parents = ((n['inhRelations'] ?? []) as Node[]).map((p) => ('RangeVar' in p ? relationKey(p.RangeVar) : undefined));
  for (const parent of parents) {
    if (parent) state.childrenOf(parent).add(table);
    const known = parent ? state.columns(parent) : undefined;
    if (!known) state.partialColumns.add(table);
    for (const c of known?.values() ?? []) columns.set(c.name, { ...c, origin });
    // CHECK constraints are inherited (NOT VALID ones too, validated on the child's creation).
    for (const c of state.constraints(parent)) if (c.kind === 'check' || c.kind === 'not null') constraints.push({ ...c, validated: true, origin });
  }
  for (const e of (n['tableElts'] ?? []) as Node[]) {
    if ('TableLikeClause' in e) {
      const source = state.columns(relationKey(e.TableLikeClause.relation));
      if (!source) state.partialColumns.add(table);
      // LIKE copies names, types and NOT NULL; defaults only with INCLUDING DEFAULTS (or ALL).
      const withDefaults = ((e.TableLikeClause.options ?? 0) & (LIKE_DEFAULTS | LIKE_ALL)) !== 0;
      for (const c of source?.values() ?? []) columns.set(c.name, { name: c.name, type: c.type, notNull: c.notNull, hasDefault: withDefaults && c.hasDefault, origin });
    } else if ('ColumnDef' in e) {
      const def = e.ColumnDef as AstNode;
      const name = def['colname'] as string | undefined;
      if (!name) continue;
      const existing = columns.get(name);
      const col: ColumnInfo = existing
        ? { ...existing, origin }
        : { name, type: def['typeName'] ? typeNameText(def['typeName'] as TypeName) : '?', notNull: false, hasDefault: false, origin };
      columns.set(name, col);
      columnDef(state, table, col, def, origin);
    } else if ('Constraint' in e) {
      addConstraint(state, table, e.Constraint as AstNode, origin, true);
    }
  }
}

/** Applies a column definition's type-implied properties and constraints to `col`. */
function columnDef(state: CatalogState, table: string, col: ColumnInfo, def: AstNode, origin: Origin, created = true): void {
  const typeName = def['typeName'] as TypeName | undefined;
  if (typeName && SERIALS.has(lastName(typeName) ?? '') && !typeName.arrayBounds) {
    col.notNull = true;
    col.hasDefault = true;
  }
  if (def['is_not_null']) col.notNull = true;
  if (def['raw_default']) col.hasDefault = true;
  for (const c of (def['constraints'] ?? []) as Node[]) {
    if (!('Constraint' in c)) continue;
    const con = c.Constraint as AstNode;
    switch (con['contype']) {
      case 'CONSTR_NOTNULL':
        col.notNull = true;
        break;
      case 'CONSTR_NULL':
        col.notNull = false;
        break;
      case 'CONSTR_DEFAULT':
        col.hasDefault = true;
        break;
      case 'CONSTR_IDENTITY':
        col.identity = true;
        col.notNull = true;
        break;
      case 'CONSTR_GENERATED':
        col.generated = con['generated_kind'] === 'v' ? 'virtual' : 'stored';
        break;
      default:
        addConstraint(state, table, con, origin, created, col.name);
    }
  }
}

/** One ALTER TABLE subcommand on one table. */
function alterTableCmd(state: CatalogState, table: string, cmd: AstNode, origin: Origin): void {
  const name = cmd['name'] as string | undefined;
  const col = name ? state.column(table, name) : undefined;
  switch (cmd['subtype']) {
    case 'AT_AddColumn':
      addColumn(state, table, cmd, origin);
      break;
    case 'AT_DropColumn':
      if (name) dropColumn(state, table, name);
      break;
    case 'AT_AlterColumnType': {
      const typeName = cmd['def']?.['ColumnDef']?.['typeName'] as TypeName | undefined;
      if (col && typeName) col.type = typeNameText(typeName);
      break;
    }
    case 'AT_SetNotNull':
      if (col) col.notNull = true;
      break;
    case 'AT_DropNotNull':
      if (col) col.notNull = false;
      for (const c of state.constraints(table)) if (c.kind === 'not null' && c.notNullColumn === name) dropConstraint(state, table, c.name);
      break;
    case 'AT_ColumnDefault':
      if (col) col.hasDefault = cmd['def'] !== undefined;
      break;
    case 'AT_AddIdentity':
      if (col) col.identity = true;
      break;
    case 'AT_DropIdentity':
      if (col) col.identity = false;
      break;
    case 'AT_DropExpression':
      if (col) delete col.generated;
      break;
    case 'AT_AddConstraint': {
      const con = cmd['def']?.['Constraint'] as AstNode | undefined;
      if (con) addConstraint(state, table, con, origin, false);
      break;
    }
    case 'AT_ValidateConstraint':
      if (name) validateConstraint(state, table, name, origin);
      break;
    case 'AT_DropConstraint':
      if (name) dropConstraint(state, table, name);
      break;
    case 'AT_AttachPartition':
    case 'AT_DetachPartition': {
      const child = relationKey(cmd['def']?.['PartitionCmd']?.['name'] as RangeVar | undefined);
      if (!child) break;
      if (cmd['subtype'] === 'AT_AttachPartition') state.childrenOf(table).add(child);
      else state.children.get(table)?.delete(child);
      break;
    }
    case 'AT_AddInherit':
    case 'AT_DropInherit': {
      const parent = relationKey(cmd['def']?.['RangeVar'] as RangeVar | undefined);
      if (!parent) break;
      if (cmd['subtype'] === 'AT_AddInherit') state.childrenOf(parent).add(table);
      else state.children.get(parent)?.delete(table);
      break;
    }
  }
}

function addColumn(state: CatalogState, table: string, cmd: AstNode, origin: Origin): void {
  const def = cmd['def']?.['ColumnDef'] as AstNode | undefined;
  const colname = def?.['colname'] as string | undefined;
  if (!def || !colname) return;
  let columns = state.columnsByTable.get(table);
  if (!columns) {
    columns = new Map();
    state.columnsByTable.set(table, columns);
    state.partialColumns.add(table);
  }
  if (columns.has(colname)) return;
  // ADD COLUMN IF NOT EXISTS on a table whose columns are not all known may be a no-op.
  if (cmd['missing_ok'] && state.partialColumns.has(table)) return;
  const info: ColumnInfo = { name: colname, type: def['typeName'] ? typeNameText(def['typeName'] as TypeName) : '?', notNull: false, hasDefault: false, origin };
  columns.set(colname, info);
  columnDef(state, table, info, def, origin, false);
}

/** DROP COLUMN drops the constraints and indexes that involve the column (CASCADE or not). */
function dropColumn(state: CatalogState, table: string, name: string): void {
  state.columnsByTable.get(table)?.delete(name);
  const list = state.constraintsByTable.get(table);
  if (list) state.constraintsByTable.set(table, list.filter((c) => !(c.columns ?? []).includes(name) && c.notNullColumn !== name));
}

/** ALTER TABLE … RENAME COLUMN (recursing unless ONLY) and RENAME CONSTRAINT. */
function renameInTable(state: CatalogState, n: AstNode, origin: Origin): void {
  const type = String(n['renameType']);
  if (type !== 'OBJECT_COLUMN' && type !== 'OBJECT_TABCONSTRAINT') return;
  const rv = n['relation'] as RangeVar | undefined;
  const table = relationKey(rv);
  const { subname, newname } = n as { subname?: string; newname?: string };
  if (!table || !subname || !newname) return;
  if (type === 'OBJECT_COLUMN') {
    for (const t of [table, ...(rv?.inh ? state.descendants(table) : [])]) renameColumn(state, t, subname, newname, origin);
  } else {
    const c = state.constraint(table, subname);
    if (c) c.name = newname;
  }
}

/**
 * RENAME COLUMN on one table and (unless ONLY) its descendants. Foreign keys of
 * other tables that reference the renamed column keep pointing at it; they name no columns here.
 */
function renameColumn(state: CatalogState, table: string, from: string, to: string, origin: Origin): void {
  const columns = state.columnsByTable.get(table);
  const col = columns?.get(from);
  if (columns && col) {
    columns.delete(from);
    columns.set(to, { ...col, name: to, renamedIn: origin });
  }
  for (const c of state.constraints(table)) {
    if (c.notNullColumn === from) c.notNullColumn = to;
    if (c.columns) c.columns = c.columns.map((x) => (x === from ? to : x));
  }
}

function primaryKeyOf(elts: Node[] | undefined): string[] | undefined {
  for (const e of elts ?? []) {
    if ('ColumnDef' in e) {
      const pk = (e.ColumnDef.constraints ?? []).some((c) => 'Constraint' in c && c.Constraint.contype === 'CONSTR_PRIMARY');
      if (pk && e.ColumnDef.colname) return [e.ColumnDef.colname];
    } else if ('Constraint' in e && e.Constraint.contype === 'CONSTR_PRIMARY') {
      return (e.Constraint.keys ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));
    }
  }
  return undefined;
}
