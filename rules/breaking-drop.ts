import { defineRule } from '../src/lint/types.js';
import { displayName, nameListKey, relationKey, type Node, type RangeVar } from '../src/model/ast.js';
import type { ObjectKind } from '../src/model/catalog.js';
import type { MigrationFile } from '../src/model/project.js';
import type { SqlStatement } from '../src/parse/parser.js';
import { clauseOffset, topLevelStatement } from '../src/model/statements.js';
import { escapeRegExp } from '../src/load/text.js';

const HELP =
  'Expand/contract: stop using it in the application and deploy that first, then drop it in a later migration (and say so in a suppression comment there).';

/** What DROP … removes, by the parser's object type. */
const DROP_KINDS: Record<string, { kind: ObjectKind | 'table'; word: string }> = {
  OBJECT_TABLE: { kind: 'table', word: 'table' },
  OBJECT_FOREIGN_TABLE: { kind: 'table', word: 'foreign table' },
  OBJECT_VIEW: { kind: 'view', word: 'view' },
  OBJECT_MATVIEW: { kind: 'materialized view', word: 'materialized view' },
  OBJECT_FUNCTION: { kind: 'function', word: 'function' },
  OBJECT_PROCEDURE: { kind: 'procedure', word: 'procedure' },
  OBJECT_ROUTINE: { kind: 'function', word: 'routine' },
  OBJECT_TYPE: { kind: 'type', word: 'type' },
  OBJECT_DOMAIN: { kind: 'type', word: 'domain' },
};

/** How the running application notices, per kind of object. */
const FAILURE: Record<ObjectKind | 'table', string> = {
  table: 'its queries fail with "relation does not exist", and the data is gone',
  view: 'its queries fail with "relation does not exist"',
  'materialized view': 'its queries fail with "relation does not exist"',
  function: 'its calls fail with "function does not exist"',
  procedure: 'its CALLs fail with "procedure does not exist"',
  type: 'its casts and queries naming the type fail with "type does not exist"',
};

/** The lock DROP takes, and what waits for it. */
const LOCK: Record<ObjectKind | 'table', string> = {
  table: 'takes an ACCESS EXCLUSIVE lock (every query on it waits) and',
  view: 'takes an ACCESS EXCLUSIVE lock on the view (every query on it waits) and',
  'materialized view': 'takes an ACCESS EXCLUSIVE lock on the materialized view (every query on it waits) and',
  function: 'takes no table lock, but',
  procedure: 'takes no table lock, but',
  type: 'takes no table lock, but',
};

/** An object a statement of the file creates: a view, materialized view, function or type. */
interface Creation {
  kind: ObjectKind;
  key: string;
  /** Index of the top-level statement it is (or runs in). */
  at: number;
  /** The transaction that statement runs in (src/model/transactions.ts). */
  tx: number;
}

export default defineRule({
  meta: {
    id: 'breaking-drop',
    description: 'DROP TABLE / COLUMN / VIEW / FUNCTION / TYPE of an existing object: breaks the running application.',
    severity: 'warning',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    let creations: Creation[] = [];
    let tops = new Map<SqlStatement, number>();

    /**
     * Dropped and created again later in the same transaction (DROP VIEW v; CREATE VIEW v …, to
     * change its columns): other sessions never see it missing.
     */
    const recreated = (kind: ObjectKind, key: string, stmt: SqlStatement): boolean => {
      const tx = context.transaction(stmt);
      if (!tx?.inBlock) return false;
      const at = tops.get(topLevelStatement(stmt)) ?? -1;
      const sameKind = (k: ObjectKind) => k === kind || (kind === 'function' && k === 'procedure') || (kind === 'procedure' && k === 'function');
      return creations.some((c) => sameKind(c.kind) && c.key === key && c.at >= at && c.tx === tx.tx.id);
    };

    /** Whether the migrations created (and have not dropped) the object: the catalog knows it. */
    const known = (kind: ObjectKind | 'table', key: string): boolean =>
      kind === 'function' || kind === 'procedure' ? catalog.functions.has(key) : kind === 'type' ? catalog.types.has(key) : catalog.relation(key) !== undefined;
    const existing = (kind: ObjectKind | 'table', key: string | undefined, file: MigrationFile): boolean =>
      kind === 'table' ? catalog.isPreExisting(key, file) : catalog.isObjectPreExisting(kind, key, file);

    return {
      file(file) {
        creations = [];
        tops = new Map(file.parsed.statements.map((s, i) => [s, i]));
        const txs = context.fileTransactions().statements;
        file.parsed.statements.forEach((s, i) => {
          for (const one of [s, ...s.nested]) {
            const c = creationOf(one);
            if (c) creations.push({ ...c, at: i, tx: txs[i]!.tx.id });
          }
        });
      },
      DropStmt(node, stmt, file) {
        const what = DROP_KINDS[String(node.removeType)];
        if (!what) return;
        const keys = (node.objects ?? []).map((o: Node) => objectKey(o));
        // DROP … IF EXISTS of an object no migration created, created again later in the file: a
        // defensive clean-up before the file creates it (an unknown object alone still counts as existing).
        const createdLater = (k: string) => {
          const at = file.parsed.statements.indexOf(topLevelStatement(stmt));
          return file.parsed.statements.slice(at + 1).some((c) => (c.kind === 'CreateStmt' ? relationKey(c.node['relation'] as RangeVar | undefined) : creationOf(c)?.key) === k);
        };
        const unknownIfExists = (k: string) => node.missing_ok === true && !known(what.kind, k) && createdLater(k);
        const dropped = keys.filter(
          (k): k is string => k !== undefined && !unknownIfExists(k) && existing(what.kind, k, file) && (what.kind === 'table' || !recreated(what.kind, k, stmt)),
        );
        if (dropped.length === 0) return;
        const names = dropped.map(displayName).join(', ');
        const plural = dropped.length > 1;
        const cascade =
          node.behavior === 'DROP_CASCADE'
            ? what.kind === 'type'
              ? '; CASCADE also drops every column of this type, with its data'
              : '; CASCADE also drops every view and foreign key that depends on it'
            : '';
        context.report({
          stmt,
          message: `DROP ${what.word.toUpperCase()} of existing ${what.word}${plural ? 's' : ''} ${names} ${LOCK[what.kind]} breaks the running application wherever it still uses ${plural ? 'them' : 'it'}: ${FAILURE[what.kind]} until the release that stops using ${plural ? 'them' : 'it'} is deployed${cascade}`,
          help:
            what.kind === 'view' || what.kind === 'materialized view'
              ? 'Expand/contract: stop using the view in the application and deploy that first, then drop it in a later migration (to change a view, CREATE OR REPLACE it, or drop and create it in one transaction).'
              : HELP,
        });
      },
      AlterTableStmt(node, stmt, file) {
        if (node.objtype !== 'OBJECT_TABLE' && node.objtype !== 'OBJECT_FOREIGN_TABLE') return;
        const table = relationKey(node.relation);
        let from = node.relation?.location !== undefined ? stmt.offsetOf(node.relation.location) : stmt.start;
        for (const c of node.cmds ?? []) {
          if (!('AlterTableCmd' in c) || c.AlterTableCmd.subtype !== 'AT_DropColumn') continue;
          const column = c.AlterTableCmd.name;
          if (!column || !catalog.isColumnPreExisting(table, column, file)) continue;
          // Renamed to this name by the change itself (the *_old pattern): the application never
          // used this name, and breaking-rename reports the rename.
          if (catalog.isColumnNameFromChange(table, column, file)) continue;
          const at = clauseOffset(file, stmt, from, dropColumnPattern(column));
          if (at !== undefined) from = at + 1;
          const name = displayName(table ?? '?');
          context.report({
            stmt,
            ...(at !== undefined ? { offset: at } : { node: node.relation }),
            message: `DROP COLUMN ${column} of existing table ${name} takes an ACCESS EXCLUSIVE lock (every query on ${name} waits) and breaks the running application wherever it still uses ${column}: its queries fail with "column does not exist" until the release that stops using it is deployed, and the data is gone${c.AlterTableCmd.behavior === 'DROP_CASCADE' ? '; CASCADE also drops the views, indexes and constraints that use it' : ''}`,
            help: `Expand/contract: stop reading and writing ${column} in the application and deploy that first, then drop the column in a later migration (and say so in a suppression comment there).`,
          });
        }
      },
    };
  },
});

/** Catalog key of one object of a DROP: a qualified name, a function signature or a type name. */
function objectKey(o: Node): string | undefined {
  if ('List' in o) return nameListKey(o.List.items);
  if ('ObjectWithArgs' in o) return nameListKey(o.ObjectWithArgs.objname);
  if ('TypeName' in o) return nameListKey(o.TypeName.names);
  if ('String' in o) return nameListKey([o]);
  return undefined;
}

/** Views, materialized views, functions and types a statement creates. */
function creationOf(s: SqlStatement): Omit<Creation, 'at' | 'tx'> | undefined {
  const n = s.node;
  const list = (l: unknown) => nameListKey(l as Node[] | undefined);
  let found: [ObjectKind, string | undefined] | undefined;
  switch (s.kind) {
    case 'ViewStmt':
      found = ['view', relationKey(n['view'] as RangeVar | undefined)];
      break;
    case 'CreateTableAsStmt':
      if (n['objtype'] === 'OBJECT_MATVIEW') found = ['materialized view', relationKey(n['into']?.['rel'] as RangeVar | undefined)];
      break;
    case 'CreateFunctionStmt':
      found = [n['is_procedure'] ? 'procedure' : 'function', list(n['funcname'])];
      break;
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
      found = ['type', list(n['typeName'])];
      break;
    case 'CreateDomainStmt':
      found = ['type', list(n['domainname'])];
      break;
    case 'CompositeTypeStmt':
      found = ['type', relationKey(n['typevar'] as RangeVar | undefined)];
      break;
    case 'DefineStmt':
      if (n['kind'] === 'OBJECT_TYPE') found = ['type', list(n['defnames'])];
      break;
  }
  return found?.[1] ? { kind: found[0], key: found[1] } : undefined;
}

/** `DROP [COLUMN] [IF EXISTS] name`, the name quoted or not. */
function dropColumnPattern(column: string): RegExp {
  const name = `(?:"${escapeRegExp(column.replace(/"/g, '""'))}"|${escapeRegExp(column)}\\b)`;
  return new RegExp(`\\bDROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?${name}`, 'gi');
}

