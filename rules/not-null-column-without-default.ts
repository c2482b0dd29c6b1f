import type { ColumnDef, Constraint, Node } from '@pgsql/types';
import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule } from '../src/lint/types.js';

const HELP =
  'Give the column a constant DEFAULT (… NOT NULL DEFAULT 0 is instant on PostgreSQL 11+), or add it nullable, backfill it in batches, and SET NOT NULL behind a validated CHECK (col IS NOT NULL) in later migrations.';

const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

export default defineRule({
  meta: {
    id: 'not-null-column-without-default',
    description: 'ADD COLUMN … NOT NULL without a default on an existing table.',
    severity: 'error',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    return {
      AlterTableStmt(node, stmt, file) {
        const alter = alterOfExistingTable(node, catalog, file);
        if (!alter) return;
        const { name } = alter;
        for (const cmd of alter.cmds) {
          if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
          const col = cmd.def.ColumnDef;
          const constraints = (col.constraints ?? []).flatMap((n: Node) => ('Constraint' in n ? [n.Constraint] : []));
          // PRIMARY KEY makes the column NOT NULL too.
          const notNull = constraints.find((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY');
          if (!notNull || fillsExistingRows(col, constraints)) continue;
          const column = col.colname ?? '?';
          const how = notNull.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY (so NOT NULL)' : 'NOT NULL';
          context.report({
            stmt,
            node: notNull,
            message: `ADD COLUMN ${column} ${how} without a DEFAULT on existing table ${name}: PostgreSQL takes ACCESS EXCLUSIVE on ${name} (all reads and writes wait) and then fails as soon as the table has a row (column "${column}" of relation "${node.relation?.relname ?? name}" contains null values)`,
          });
        }
      },
    };
  },
});

/** Does ADD COLUMN give every existing row a value: a non-NULL DEFAULT, an identity, a generated expression, a serial? */
function fillsExistingRows(col: ColumnDef, constraints: Constraint[]): boolean {
  for (const k of constraints) {
    if (k.contype === 'CONSTR_IDENTITY' || k.contype === 'CONSTR_GENERATED') return true;
    if (k.contype === 'CONSTR_DEFAULT' && !isNullLiteral(k.raw_expr)) return true;
  }
  const names = col.typeName?.names ?? [];
  const only = names.length === 1 ? names[0] : undefined;
  return only !== undefined && 'String' in only && SERIAL.has(only.String.sval ?? '');
}

/** DEFAULT NULL, DEFAULT NULL::type. */
function isNullLiteral(e: Node | undefined): boolean {
  if (!e) return true;
  if ('A_Const' in e) return e.A_Const.isnull === true;
  if ('TypeCast' in e) return isNullLiteral(e.TypeCast.arg);
  return false;
}
