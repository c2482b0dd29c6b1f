/**
 * A use of an enum value added by ALTER TYPE … ADD VALUE in the same transaction. PostgreSQL
 * refuses it until that transaction commits: "unsafe use of new value" (SQLSTATE 55P04; the docs of
 * ALTER TYPE: "an enum value added this way cannot be used until the transaction has been
 * committed"). Measured in test/db/simple-query-facts.test.ts (one query) and
 * test/lint/enum-values.test.ts (a transaction block).
 *
 * A use, as far as the statement shows it: the label cast to the type (`'x'::mood`), or written
 * into a column of that type by INSERT … VALUES (with a column list) or UPDATE … SET.
 */
import { findAll, relationKey } from '../model/ast.js';
import type { Catalog } from '../model/catalog.js';
import type { SqlStatement } from '../parse/parser.js';

type N = Record<string, unknown>;

const constString = (n: unknown): string | undefined => {
  const c = (n as N | undefined)?.['A_Const'] as N | undefined;
  const s = (c?.['sval'] as N | undefined)?.['sval'];
  return typeof s === 'string' ? s : undefined;
};
const lastName = (names: unknown): string | undefined => {
  const list = (names ?? []) as N[];
  const last = list[list.length - 1]?.['String'] as N | undefined;
  return typeof last?.['sval'] === 'string' ? last['sval'] : undefined;
};
const typeMatches = (columnType: string | undefined, type: string) => columnType !== undefined && (columnType === type || columnType.endsWith(`.${type}`));

/** ALTER TYPE … ADD VALUE (not RENAME VALUE, which sets oldVal). */
export const isAddEnumValue = (s: SqlStatement): boolean => s.kind === 'AlterEnumStmt' && !s.node['oldVal'];

/** The help for a COMMIT or a use after ADD VALUE in one transaction: one migration adds, the next uses. */
export const SPLIT_ADD_VALUE =
  'Split the migration: ALTER TYPE … ADD VALUE (and what goes before it) in one migration, the statements that use the new value in the next; the runner commits between them.';

/** The enum type (its unqualified name) and label an ALTER TYPE … ADD VALUE adds, if the statement is one. */
export function addedEnumValue(stmt: SqlStatement): { type: string; label: string } | undefined {
  if (!isAddEnumValue(stmt)) return undefined;
  const type = lastName(stmt.node['typeName']);
  const label = stmt.node['newVal'];
  return type && typeof label === 'string' ? { type, label } : undefined;
}

/** Whether `stmt` uses `label` as a value of enum type `type` (see the module comment). */
export function usesEnumValue(stmt: SqlStatement, value: { type: string; label: string }, catalog: Catalog): boolean {
  for (const cast of findAll(stmt.node, 'TypeCast') as unknown as N[]) {
    if (constString(cast['arg']) === value.label && lastName((cast['typeName'] as N | undefined)?.['names']) === value.type) return true;
  }
  const n = stmt.node as N;
  if (stmt.kind === 'InsertStmt') {
    const table = relationKey(n['relation'] as Parameters<typeof relationKey>[0]);
    const cols = ((n['cols'] ?? []) as N[]).map((c) => (c['ResTarget'] as N | undefined)?.['name'] as string | undefined);
    const select = ((n['selectStmt'] as N | undefined)?.['SelectStmt'] ?? {}) as N;
    for (const row of (select['valuesLists'] ?? []) as N[]) {
      const items = (((row['List'] as N | undefined)?.['items'] ?? []) as unknown[]);
      if (items.some((item, i) => constString(item) === value.label && cols[i] !== undefined && typeMatches(catalog.column(table, cols[i]!)?.type, value.type))) return true;
    }
  }
  if (stmt.kind === 'UpdateStmt') {
    const table = relationKey(n['relation'] as Parameters<typeof relationKey>[0]);
    for (const t of (n['targetList'] ?? []) as N[]) {
      const r = t['ResTarget'] as N | undefined;
      if (r && constString(r['val']) === value.label && typeof r['name'] === 'string' && typeMatches(catalog.column(table, r['name'])?.type, value.type)) return true;
    }
  }
  return false;
}
