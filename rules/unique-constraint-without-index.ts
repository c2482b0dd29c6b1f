import type { Constraint, Node } from '@pgsql/types';
import { defineRule } from '../src/lint/types.js';
import { displayName, relationKey } from '../src/model/ast.js';

const HELP =
  'CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX … (instant) in the next one.';

export default defineRule({
  meta: {
    id: 'unique-constraint-without-index',
    description: 'ADD UNIQUE / PRIMARY KEY not USING INDEX on an existing table.',
    severity: 'error',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    return {
      AlterTableStmt(node, stmt, file) {
        if (node.objtype !== 'OBJECT_TABLE') return;
        const key = relationKey(node.relation);
        const name = displayName(key ?? '?');
        const partitioned = catalog.relation(key)?.partitioned === true;
        const existing = catalog.isPreExisting(key, file);

        const check = (con: Constraint, column?: string) => {
          if (con.contype !== 'CONSTR_UNIQUE' && con.contype !== 'CONSTR_PRIMARY') return;
          const what = con.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
          if (con.indexname) {
            if (partitioned) {
              context.report({
                stmt,
                node: con,
                message: `PostgreSQL rejects ADD ${what} USING INDEX on partitioned table ${name} ("ALTER TABLE / ADD CONSTRAINT USING INDEX is not supported on partitioned tables") and the migration fails`,
                help: partitionedHelp(name, what),
              });
            }
            return;
          }
          if (!existing) return;
          context.report({
            stmt,
            node: con,
            message: `${column ? `ADD COLUMN ${column} … ${what}` : `ADD ${what}`} on existing table ${name} builds its unique index while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the whole table has been scanned and sorted`,
            help: partitioned
              ? partitionedHelp(name, what)
              : column
                ? `Add the column without ${what}, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … ${what} USING INDEX … in the next one.`
                : what === 'PRIMARY KEY'
                  ? 'CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX … in the next one (its columns must already be NOT NULL, or that step scans the table).'
                  : HELP,
          });
        };

        for (const c of node.cmds ?? []) {
          if (!('AlterTableCmd' in c)) continue;
          const cmd = c.AlterTableCmd;
          const def = cmd.def;
          if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
            check(def.Constraint);
          } else if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
            for (const n of (def.ColumnDef.constraints ?? []) as Node[]) {
              if ('Constraint' in n) check(n.Constraint, def.ColumnDef.colname ?? '?');
            }
          }
        }
      },
    };
  },
});

function partitionedHelp(name: string, what: string): string {
  return `On each partition of ${name}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … ${what} USING INDEX; then ADD the ${what} on ${name}, which adopts the partitions' constraints instead of building new indexes.`;
}
