import { defineRule } from '../src/lint/types.js';
import { displayName, nameListKey, relationKey, type Node } from '../src/model/ast.js';
import type { MigrationFile } from '../src/model/project.js';
import type { SqlStatement } from '../src/parse/parser.js';
import { clauseOffset, topLevelStatement } from '../src/model/statements.js';

const COLUMN_HELP =
  'Expand/contract: add the new column, write both and backfill, switch the application to it, then drop the old column in a later migration.';
const TABLE_HELP =
  'Keep the old name working: CREATE VIEW <old name> AS SELECT * FROM <new name> in the same transaction as the rename, switch the application, then drop the view in a later migration.';
const SWAP_HELP =
  'Swap in one short transaction that first stops writes (LOCK TABLE <old> IN EXCLUSIVE MODE), copies the rows written since the copy, renames both, and recreates the foreign keys, views, triggers and grants on the new table.';
const VIEW_HELP = 'Create the view under the new name next to the old one, switch the application to it, then drop the old view in a later migration.';
const TYPE_HELP = 'Create the new type next to the old one, move the columns and the application to it, then drop the old type in a later migration.';
const VALUE_HELP =
  'ADD VALUE the new label, switch the application to it and update the rows in batches; stop accepting the old label in a later migration.';

/** One RENAME of the file, to see whether a later one gives the old name to something else (a swap). */
interface Rename {
  stmt: SqlStatement;
  start: number;
  kind: 'relation' | 'column';
  /** For columns: the table's key; for relations: the schema. */
  scope: string;
  newname: string;
}

const RELATION_WORDS: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_FOREIGN_TABLE: 'foreign table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
};

export default defineRule({
  meta: {
    id: 'breaking-rename',
    description: 'RENAME of a table, column, view or type: breaks the running application.',
    severity: 'warning',
    help: COLUMN_HELP,
  },
  create(context) {
    const { catalog } = context;
    let renames: Rename[] = [];
    /** Views the file creates, by key, with the index of their top-level statement and its transaction. */
    let views: { key: string; at: number; tx: number }[] = [];
    let tops = new Map<SqlStatement, number>();

    /** A view with the old name created later in the same transaction keeps the old name working. */
    const keptByView = (key: string, stmt: SqlStatement): boolean => {
      const tx = context.transaction(stmt);
      if (!tx?.inBlock) return false;
      const at = tops.get(topLevelStatement(stmt)) ?? -1;
      return views.some((v) => v.key === key && v.at >= at && v.tx === tx.tx.id);
    };

    /** The object that takes over the old name later in the file, if any. */
    const successor = (kind: Rename['kind'], scope: string, oldname: string, stmt: SqlStatement): SqlStatement | undefined => {
      const later = renames.find((r) => r.kind === kind && r.scope === scope && r.newname === oldname && r.start > stmt.start);
      return later?.stmt;
    };

    const at = (file: MigrationFile, stmt: SqlStatement, from: number | undefined, pattern: RegExp) => {
      const offset = clauseOffset(file, stmt, from !== undefined ? stmt.offsetOf(from) : stmt.start, pattern);
      return offset !== undefined ? { offset } : {};
    };

    return {
      file(file) {
        renames = [];
        views = [];
        tops = new Map(file.parsed.statements.map((s, i) => [s, i]));
        const txs = context.fileTransactions().statements;
        for (const [i, top] of file.parsed.statements.entries()) {
          for (const s of [top, ...top.nested]) {
            const view = s.kind === 'ViewStmt' ? relationKey(s.node['view']) : undefined;
            if (view) views.push({ key: view, at: i, tx: txs[i]!.tx.id });
            if (s.kind !== 'RenameStmt' || !s.node['newname']) continue;
            const type = String(s.node['renameType']);
            const rv = s.node['relation'];
            if (RELATION_WORDS[type]) renames.push({ start: s.start, kind: 'relation', scope: rv?.schemaname ?? 'public', newname: s.node['newname'], stmt: s });
            else if (type === 'OBJECT_COLUMN') {
              const table = relationKey(rv);
              if (table) renames.push({ start: s.start, kind: 'column', scope: table, newname: s.node['newname'], stmt: s });
            }
          }
        }
      },
      RenameStmt(node, stmt, file) {
        const type = String(node.renameType);
        const newname = node.newname ?? '?';
        const where = at(file, stmt, node.relation?.location, /\bRENAME\b/gi);
        if (RELATION_WORDS[type]) {
          const key = relationKey(node.relation);
          if (!key || !catalog.isPreExisting(key, file) || keptByView(key, stmt)) return;
          const info = catalog.relation(key);
          const word = info && info.kind !== 'index' && info.kind !== 'sequence' ? info.kind : RELATION_WORDS[type]!;
          const name = displayName(key);
          const lock = `takes an ACCESS EXCLUSIVE lock (brief, but every query on ${name} waits for it)`;
          const next = successor('relation', node.relation?.schemaname ?? 'public', node.relation?.relname ?? '', stmt);
          if (next) {
            const taker = next.node['relation']?.['relname'] ?? '?';
            context.report({
              stmt,
              ...where,
              message: `RENAME of existing ${word} ${name} to ${newname} ${lock}, and ${taker} then takes its name: the running application's queries switch to ${taker}, but the views, foreign keys, triggers and grants that referred to ${name} stay with ${newname}, and so do rows written after the data was copied`,
              help: word === 'table' ? SWAP_HELP : VIEW_HELP,
            });
            return;
          }
          context.report({
            stmt,
            ...where,
            message: `RENAME of existing ${word} ${name} to ${newname} ${lock} and breaks the running application: its queries still name ${name} and fail with "relation does not exist" until the release that uses ${newname} is deployed`,
            help: word === 'table' || word === 'foreign table' ? TABLE_HELP : VIEW_HELP,
          });
          return;
        }
        if (type === 'OBJECT_COLUMN' && node.relationType !== 'OBJECT_TYPE') {
          const table = relationKey(node.relation);
          const column = node.subname;
          if (!table || !column || !catalog.isColumnPreExisting(table, column, file)) return;
          const name = displayName(table);
          const lock = `takes an ACCESS EXCLUSIVE lock (brief, but every query on ${name} waits for it)`;
          const next = successor('column', table, column, stmt);
          if (next) {
            const taker = String(next.node['subname'] ?? '?');
            context.report({
              stmt,
              ...where,
              message: `RENAME COLUMN ${column} TO ${newname} on existing table ${name} ${lock}, and ${taker} then takes its name: the running application's queries switch to ${taker}, but ${column}'s NOT NULL, default, indexes, constraints and the views using it stay with ${newname} (the application's INSERTs do not set ${newname} and fail if it is NOT NULL without a default)`,
              help: COLUMN_HELP,
            });
            return;
          }
          context.report({
            stmt,
            ...where,
            message: `RENAME COLUMN ${column} TO ${newname} on existing table ${name} ${lock} and breaks the running application: its queries still name ${column} and fail with "column does not exist" until the release that uses ${newname} is deployed`,
            help: COLUMN_HELP,
          });
          return;
        }
        if (type === 'OBJECT_ATTRIBUTE') {
          const key = relationKey(node.relation);
          if (!key || !catalog.isObjectPreExisting('type', key, file)) return;
          context.report({
            stmt,
            ...where,
            message: `RENAME ATTRIBUTE ${node.subname ?? '?'} TO ${newname} of existing type ${displayName(key)} takes no table lock, but breaks the running application: its queries still name ${node.subname ?? '?'} and fail until the release that uses ${newname} is deployed`,
            help: TYPE_HELP,
          });
          return;
        }
        if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') {
          const object = node.object as Node | undefined;
          const key = object && 'List' in object ? nameListKey(object.List.items) : undefined;
          if (!key || !catalog.isObjectPreExisting('type', key, file)) return;
          const word = type === 'OBJECT_DOMAIN' ? 'domain' : 'type';
          context.report({
            stmt,
            ...where,
            message: `RENAME of existing ${word} ${displayName(key)} to ${newname} takes no table lock, but breaks the running application where it names the ${word} (casts such as ::${displayName(key)}, function signatures): they fail with "type does not exist" until the release that uses ${newname} is deployed`,
            help: TYPE_HELP,
          });
        }
      },
      AlterEnumStmt(node, stmt, file) {
        if (node.oldVal === undefined) return;
        const key = nameListKey(node.typeName);
        if (!key || !catalog.isObjectPreExisting('type', key, file)) return;
        context.report({
          stmt,
          ...at(file, stmt, undefined, /\bRENAME\s+VALUE\b/gi),
          message: `RENAME VALUE '${node.oldVal}' TO '${node.newVal ?? '?'}' of existing enum ${displayName(key)} takes no table lock, but breaks the running application: it still writes and compares '${node.oldVal}', which now fails with "invalid input value for enum"`,
          help: VALUE_HELP,
        });
      },
    };
  },
});


