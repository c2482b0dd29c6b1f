import type { ColumnDef, Constraint, Node } from '@pgsql/types';
import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule, type RuleContext } from '../src/lint/types.js';
import type { NodeOf } from '../src/model/ast.js';
import type { Catalog } from '../src/model/catalog.js';
import { clauseOffset } from '../src/model/statements.js';
import { escapeRegExp } from '../src/load/text.js';
import type { SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Expand/contract: keep a default (or keep the column nullable) until the release that sets the column in every INSERT is deployed, then make it required in a later migration (and say so in a suppression comment there).';

/**
 * What an INSERT that does not name a column runs into. A column is "required" when such an
 * INSERT fails: NOT NULL (or an enforced CHECK (col IS NOT NULL), NOT VALID or not) with no
 * default, no identity and no generation expression. PostgreSQL fills an omitted column from its
 * default, else NULL (rewriteTargetListIU / build_column_default, src/backend/rewrite/rewriteHandler.c),
 * then ExecConstraints (src/backend/executor/execMain.c) tests NOT NULL first (23502), then the
 * CHECKs (23514). Shown on the server and PGlite in test/rules/breaking-required-column.test.ts.
 */
interface Requirement {
  notNull: boolean;
  /** Name of an enforced CHECK (col IS NOT NULL); '' when unnamed. */
  check?: string;
  hasDefault: boolean;
  identity: boolean;
  generated: boolean;
}

const required = (r: Requirement) => (r.notNull || r.check !== undefined) && !r.hasDefault && !r.identity && !r.generated;

/** One ALTER TABLE subcommand that can make a column required, as the finding names it. */
interface Change {
  /** `ALTER COLUMN region DROP DEFAULT`, `ADD CONSTRAINT … CHECK (region IS NOT NULL)`. */
  what: string;
  /** Finds the subcommand in the statement's text (ALTER … COLUMN forms; constraints have a location). */
  pattern?: RegExp;
  node?: { location?: number };
  /** ADD CONSTRAINT … NOT VALID: still checked on new rows. */
  notValid?: boolean;
}

export default defineRule({
  meta: {
    id: 'breaking-required-column',
    description: 'A column the running application may leave out of its INSERTs becomes NOT NULL without a default: its INSERTs fail.',
    severity: 'warning',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    return {
      AlterTableStmt(node, stmt, file) {
        const alter = alterOfExistingTable(node, catalog, file);
        if (!alter?.table) return;
        const { table, name } = alter;
        const relname = node.relation?.relname ?? name;
        /** Columns as the statement's earlier subcommands left them. */
        const local = new Map<string, Requirement | undefined>();
        /** Columns this statement adds. */
        const added = new Set<string>();
        /** Per column, the last subcommand that made it required. */
        const blamed = new Map<string, Change>();
        const stateOf = (column: string) => (local.has(column) ? local.get(column) : known(catalog, table, column));

        for (const cmd of alter.cmds) {
          if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
            const def = cmd.def.ColumnDef;
            if (!def.colname) continue;
            // ADD COLUMN … NOT NULL without a default is not-null-column-without-default's finding.
            added.add(def.colname);
            local.set(def.colname, fromColumnDef(def));
            continue;
          }
          const column = columnOf(cmd);
          if (!column) continue;
          const before = stateOf(column);
          // A column the catalog does not know (a table no migration created): nothing to compare with.
          if (!before) continue;
          const after = apply({ ...before }, cmd);
          local.set(column, after);
          const change = changeOf(cmd, column);
          if (change && !required(before) && required(after)) blamed.set(column, change);
        }

        // PostgreSQL applies the statement whole: what counts is the column before and after it.
        const from = node.relation?.location !== undefined ? stmt.offsetOf(node.relation.location) : stmt.start;
        for (const [column, change] of blamed) {
          const after = local.get(column)!;
          const initial = added.has(column) ? undefined : known(catalog, table, column);
          if (!required(after) || (initial && required(initial))) continue;
          // Required only inside a transaction that gives it a default (or takes NOT NULL away) again
          // before it commits: no other session ever sees the column required.
          if (undoneInSameTransaction(context, file.parsed.statements, stmt, relname, column)) continue;
          const isNew = added.has(column) || !catalog.isColumnPreExisting(table, column, file);
          const note = change.notValid ? '; NOT VALID only skips checking the rows already there' : '';
          const failure = after.notNull
            ? `"null value in column "${column}" of relation "${relname}" violates not-null constraint" (SQLSTATE 23502${note})`
            : `"new row for relation "${relname}" violates check constraint${after.check ? ` "${after.check}"` : ''}" (SQLSTATE 23514${note})`;
          const state = after.notNull ? 'NOT NULL without a default' : 'without a default under a CHECK (… IS NOT NULL)';
          const at = change.pattern ? clauseOffset(file, stmt, from, change.pattern) : undefined;
          context.report({
            stmt,
            ...(at !== undefined ? { offset: at } : { node: change.node ?? node.relation }),
            message: isNew
              ? `${change.what} leaves ${column} of existing table ${name} ${state}, and ${column} is new in this change set: the running application's INSERTs into ${name} do not set it and fail with ${failure} until the release that writes ${column} is deployed`
              : `${change.what} leaves ${column} of existing table ${name} ${state}: the running application's INSERTs into ${name} that leave out ${column} (it could, until now) fail with ${failure}`,
            help: isNew
              ? `Expand/contract: keep ${column} nullable or with its default in this change; deploy the release that sets ${column} in every INSERT, then ${change.what} in a later migration (and say so in a suppression comment there).`
              : `Deploy the release that sets ${column} in every INSERT into ${name} first, then ${change.what} in a later migration (and say so in a suppression comment there), or keep a default.`,
          });
        }
      },
    };
  },
});

/** What the catalog knows of a column before the statement: NOT NULL (also PostgreSQL 18 NOT NULL … NOT VALID), CHECK, default. */
function known(catalog: Catalog, table: string, column: string): Requirement | undefined {
  const col = catalog.column(table, column);
  if (!col) return undefined;
  const constraints = catalog.constraints(table).filter((c) => c.notNullColumn === column);
  const check = constraints.find((c) => c.kind === 'check');
  return {
    notNull: col.notNull || constraints.some((c) => c.kind === 'not null'),
    ...(check ? { check: check.name } : {}),
    hasDefault: col.hasDefault,
    identity: col.identity === true,
    generated: col.generated !== undefined,
  };
}

/** The requirement an ADD COLUMN gives its column (a later subcommand of the same statement may change it). */
function fromColumnDef(def: ColumnDef): Requirement {
  const r: Requirement = { notNull: def.is_not_null === true, hasDefault: def.raw_default !== undefined, identity: false, generated: false };
  const type = def.typeName?.names ?? [];
  const only = type.length === 1 ? type[0] : undefined;
  if (only && 'String' in only && /^(small|big)?serial[248]?$/.test(only.String.sval ?? '')) r.notNull = r.hasDefault = true;
  for (const c of def.constraints ?? []) {
    if (!('Constraint' in c)) continue;
    const k = c.Constraint;
    if (k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY') r.notNull = true;
    else if (k.contype === 'CONSTR_NULL') r.notNull = false;
    else if (k.contype === 'CONSTR_DEFAULT') r.hasDefault = !isNullLiteral(k.raw_expr);
    else if (k.contype === 'CONSTR_IDENTITY') r.identity = true;
    else if (k.contype === 'CONSTR_GENERATED') r.generated = true;
    else if (k.contype === 'CONSTR_CHECK' && k.is_enforced && notNullTestColumn(k.raw_expr) === def.colname) r.check = k.conname ?? '';
  }
  return r;
}

/** The column whose requirement a subcommand changes. */
function columnOf(cmd: NodeOf<'AlterTableCmd'>): string | undefined {
  switch (cmd.subtype) {
    case 'AT_ColumnDefault':
    case 'AT_SetNotNull':
    case 'AT_DropNotNull':
    case 'AT_AddIdentity':
    case 'AT_DropIdentity':
      return cmd.name;
    case 'AT_AddConstraint':
      return cmd.def && 'Constraint' in cmd.def ? constrainedColumn(cmd.def.Constraint) : undefined;
  }
  return undefined;
}

/** How the finding names a subcommand that can make `column` required (undefined: one that cannot). */
function changeOf(cmd: NodeOf<'AlterTableCmd'>, column: string): Change | undefined {
  const alterColumn = (verb: string, words: string): Change => ({ what: `ALTER COLUMN ${column} ${verb}`, pattern: alterColumnPattern(column, words) });
  switch (cmd.subtype) {
    case 'AT_ColumnDefault':
      if (!cmd.def) return alterColumn('DROP DEFAULT', 'DROP\\s+DEFAULT');
      return isNullLiteral(cmd.def) ? alterColumn('SET DEFAULT NULL', 'SET\\s+DEFAULT') : undefined;
    case 'AT_SetNotNull':
      return alterColumn('SET NOT NULL', 'SET\\s+NOT\\s+NULL');
    case 'AT_DropIdentity':
      return alterColumn('DROP IDENTITY', 'DROP\\s+IDENTITY');
    case 'AT_AddConstraint': {
      const con = (cmd.def as { Constraint: Constraint }).Constraint;
      const named = con.conname ? `ADD CONSTRAINT ${con.conname}` : 'ADD';
      const valid = con.skip_validation ? ' NOT VALID' : '';
      return { what: con.contype === 'CONSTR_CHECK' ? `${named} CHECK (${column} IS NOT NULL)${valid}` : `${named} NOT NULL ${column}${valid}`, node: con, notValid: con.skip_validation === true };
    }
  }
  return undefined;
}

/** The requirement after the subcommand. */
function apply(r: Requirement, cmd: NodeOf<'AlterTableCmd'>): Requirement {
  switch (cmd.subtype) {
    case 'AT_ColumnDefault':
      r.hasDefault = !isNullLiteral(cmd.def);
      break;
    case 'AT_SetNotNull':
      r.notNull = true;
      break;
    case 'AT_DropNotNull':
      r.notNull = false;
      break;
    case 'AT_AddIdentity':
      r.identity = true;
      break;
    case 'AT_DropIdentity':
      r.identity = false;
      break;
    case 'AT_AddConstraint': {
      const con = (cmd.def as { Constraint: Constraint }).Constraint;
      if (con.contype === 'CONSTR_CHECK') r.check = con.conname ?? '';
      else r.notNull = true;
      break;
    }
  }
  return r;
}

/**
 * The column an added constraint makes required: CHECK (col IS NOT NULL) unless NOT ENFORCED
 * (PostgreSQL 18), or PostgreSQL 18's NOT NULL col. Both are checked on new rows even when NOT
 * VALID (NOT VALID only skips the scan of existing rows).
 */
function constrainedColumn(con: Constraint): string | undefined {
  if (con.contype === 'CONSTR_CHECK') return con.is_enforced ? notNullTestColumn(con.raw_expr) : undefined;
  if (con.contype !== 'CONSTR_NOTNULL') return undefined;
  const key = con.keys?.[0];
  return key && 'String' in key ? key.String.sval : undefined;
}

/** For `col IS NOT NULL`: the column. */
function notNullTestColumn(expr: Node | undefined): string | undefined {
  if (!expr || !('NullTest' in expr)) return undefined;
  const test = expr.NullTest;
  if (test.nulltesttype !== 'IS_NOT_NULL' || test.argisrow) return undefined;
  const fields = test.arg && 'ColumnRef' in test.arg ? test.arg.ColumnRef.fields : undefined;
  const only = fields?.length === 1 ? fields[0] : undefined;
  return only && 'String' in only ? only.String.sval : undefined;
}

/** DEFAULT NULL, DEFAULT NULL::type. */
function isNullLiteral(e: Node | undefined): boolean {
  if (!e) return true;
  if ('A_Const' in e) return e.A_Const.isnull === true;
  if ('TypeCast' in e) return isNullLiteral(e.TypeCast.arg);
  return false;
}

/** `ALTER [COLUMN] name <words>`, the name quoted or not. */
function alterColumnPattern(column: string, words: string): RegExp {
  const name = `(?:"${escapeRegExp(column.replace(/"/g, '""'))}"|${escapeRegExp(column)}\\b)`;
  return new RegExp(`\\bALTER\\s+(?:COLUMN\\s+)?${name}\\s+${words}\\b`, 'gi');
}

/**
 * A later statement of the same transaction (the file's block, or the runner's wrapping
 * transaction: src/model/transactions.ts) that makes `column` of `relname` optional again —
 * SET DEFAULT with a value, DROP NOT NULL, DROP COLUMN — or drops the table. Lemmy's
 * `DROP DEFAULT; ALTER COLUMN … TYPE …; SET DEFAULT …` in one transaction is the common case.
 */
function undoneInSameTransaction(
  context: Pick<RuleContext, 'transaction'>,
  statements: SqlStatement[],
  stmt: SqlStatement,
  relname: string,
  column: string,
): boolean {
  const tx = context.transaction(stmt)?.tx;
  if (!tx) return false;
  for (const later of statements.slice(statements.indexOf(stmt) + 1)) {
    if (context.transaction(later)?.tx !== tx) continue;
    if (later.kind === 'DropStmt' && later.node['removeType'] === 'OBJECT_TABLE') {
      const names = (later.node['objects'] ?? []) as { List?: { items?: { String?: { sval?: string } }[] } }[];
      if (names.some((o) => o.List?.items?.at(-1)?.String?.sval === relname)) return true;
    }
    if (later.kind !== 'AlterTableStmt' || later.node['relation']?.['relname'] !== relname) continue;
    for (const c of (later.node['cmds'] ?? []) as { AlterTableCmd?: NodeOf<'AlterTableCmd'> }[]) {
      const cmd = c.AlterTableCmd;
      if (!cmd || cmd.name !== column) continue;
      const setsDefault = cmd.subtype === 'AT_ColumnDefault' && cmd.def !== undefined && !('A_Const' in cmd.def && (cmd.def.A_Const as { isnull?: boolean }).isnull);
      if (setsDefault || cmd.subtype === 'AT_DropNotNull' || cmd.subtype === 'AT_DropColumn') return true;
    }
  }
  return false;
}
