/**
 * Relations other than a table's own definition: tables made by a query, views, materialized
 * views, sequences and indexes; DROP, RENAME and SET SCHEMA of any relation. A relation keeps its
 * origin (the statement that created it) through renames, which is what "existed before this
 * change" is judged by.
 */
import type { Node, RangeVar } from '@pgsql/types';
import type { SqlStatement } from '../../parse/parser.js';
import { nameListKey, relationKey } from '../ast.js';
import { createTableFromQuery } from './tables.js';
import type { CatalogState, Origin, RelationKind } from './state.js';

const DROP_KINDS: Record<string, RelationKind> = {
  OBJECT_TABLE: 'table',
  OBJECT_INDEX: 'index',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_SEQUENCE: 'sequence',
};

/** Object types of ALTER … RENAME / SET SCHEMA that name a table-like relation. */
const RELATION_OBJECTS = ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE'];

/** Records what a statement creates, drops, renames or moves among relations. Other statements are ignored. */
export function recordRelations(state: CatalogState, stmt: SqlStatement, origin: Origin): void {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'SelectStmt':
    case 'CreateTableAsStmt': {
      // SELECT … INTO t creates a table, like CREATE TABLE t AS.
      const into = stmt.kind === 'SelectStmt' ? n['intoClause'] : n['into'];
      const key = relationKey(into?.['rel'] as RangeVar | undefined);
      const kind: RelationKind = n['objtype'] === 'OBJECT_MATVIEW' ? 'materialized view' : 'table';
      if (key && !state.relations.has(key)) {
        state.relations.set(key, { key, kind, origin });
        createTableFromQuery(state, key);
      }
      break;
    }
    case 'ViewStmt': {
      const key = relationKey(n['view'] as RangeVar);
      if (key && !state.relations.has(key)) state.relations.set(key, { key, kind: 'view', origin });
      break;
    }
    case 'CreateSeqStmt': {
      const key = relationKey(n['sequence'] as RangeVar);
      if (key && !state.relations.has(key)) state.relations.set(key, { key, kind: 'sequence', origin });
      break;
    }
    case 'IndexStmt': {
      const table = relationKey(n['relation'] as RangeVar);
      const schema = (n['relation'] as RangeVar | undefined)?.schemaname ?? 'public';
      if (n['idxname']) {
        const key = `${schema}.${n['idxname']}`;
        if (!state.relations.has(key)) state.relations.set(key, { key, kind: 'index', origin, table });
      }
      break;
    }
    case 'DropStmt': {
      const kind = DROP_KINDS[String(n['removeType'])];
      if (!kind) break;
      for (const o of (n['objects'] ?? []) as Node[]) {
        const key = 'List' in o ? nameListKey(o.List.items) : undefined;
        if (!key) continue;
        // Partitions go with their table; inheriting tables only with CASCADE.
        const also = kind === 'table' && (state.relations.get(key)?.partitioned || n['behavior'] === 'DROP_CASCADE') ? state.descendants(key) : [];
        for (const k of [key, ...also]) {
          state.relations.delete(k);
          state.forgetTable(k);
          if (kind === 'table') {
            for (const [i, r] of state.relations) if (r.table === k) state.relations.delete(i);
          }
        }
      }
      break;
    }
    case 'RenameStmt': {
      const type = String(n['renameType']);
      if (![...RELATION_OBJECTS, 'OBJECT_INDEX'].includes(type)) break;
      const rv = n['relation'] as RangeVar | undefined;
      const from = relationKey(rv);
      if (from && n['newname']) move(state, from, `${rv?.schemaname ?? 'public'}.${n['newname']}`);
      break;
    }
    case 'AlterObjectSchemaStmt': {
      if (!RELATION_OBJECTS.includes(String(n['objectType'])) || !n['newschema']) break;
      const from = relationKey(n['relation'] as RangeVar | undefined);
      if (from) move(state, from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
      break;
    }
  }
}

/**
 * A relation renamed or moved to another schema keeps its origin under the new key; its
 * indexes follow a table into its new schema. An unknown relation stays unknown under its new
 * name, which still counts as pre-existing.
 */
function move(state: CatalogState, from: string, to: string): void {
  if (from === to) return;
  const info = state.relations.get(from);
  state.relations.delete(from);
  state.forgetTable(to);
  const columns = state.columnsByTable.get(from);
  if (columns) state.columnsByTable.set(to, columns);
  const constraints = state.constraintsByTable.get(from);
  if (constraints) state.constraintsByTable.set(to, constraints);
  if (state.partialColumns.has(from)) state.partialColumns.add(to);
  const kids = state.children.get(from);
  const parents = [...state.children].filter(([, set]) => set.has(from)).map(([p]) => p);
  state.forgetTable(from);
  if (kids) state.children.set(to, kids);
  for (const p of parents) state.childrenOf(p).add(to);
  for (const list of state.constraintsByTable.values()) for (const c of list) if (c.references === from) c.references = to;
  if (!info) return;
  state.relations.set(to, { ...info, key: to });
  const fromSchema = from.slice(0, from.indexOf('.'));
  const toSchema = to.slice(0, to.indexOf('.'));
  for (const r of [...state.relations.values()]) {
    if (r.table !== from) continue;
    r.table = to;
    if (r.kind === 'index' && fromSchema !== toSchema) {
      const moved = `${toSchema}.${r.key.slice(r.key.indexOf('.') + 1)}`;
      state.relations.delete(r.key);
      state.relations.set(moved, { ...r, key: moved });
    }
  }
}
