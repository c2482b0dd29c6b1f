import type { ColumnDef, Constraint, Node } from '@pgsql/types';
import { defineRule } from '../src/lint/types.js';
import { displayName, findAll, relationKey } from '../src/model/ast.js';
import type { MigrationFile } from '../src/model/project.js';
import type { SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Add the constraint with NOT VALID (instant: only new rows are checked), then VALIDATE CONSTRAINT in a later migration (it scans under SHARE UPDATE EXCLUSIVE: reads and writes go on).';
const VALIDATE_HELP =
  'Move VALIDATE CONSTRAINT into a migration of its own (its own transaction), where it takes only SHARE UPDATE EXCLUSIVE and reads and writes go on.';

/** A constraint added NOT VALID in the file, waiting to be validated. */
interface Pending {
  stmt: SqlStatement;
  kind: 'foreign key' | 'check';
  /** The transaction it ran in (see transactionOf). */
  tx: number;
}

export default defineRule({
  meta: {
    id: 'constraint-not-valid',
    description: 'ADD CONSTRAINT … FOREIGN KEY / CHECK without NOT VALID on an existing table, or NOT VALID then VALIDATE in one transaction.',
    severity: 'error',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    /** Constraints added NOT VALID in the current file, by "table\0name". */
    let pending = new Map<string, Pending>();

    /**
     * Which transaction a statement runs in (src/model/transactions.ts): an explicit block, the
     * runner's transaction around the file, or its own; undefined when a body on the way COMMITs.
     */
    const transactionOf = (stmt: SqlStatement): number | undefined => context.transaction(stmt)?.tx.id;

    const lineOf = (file: MigrationFile, s: SqlStatement) => file.position(s.start).line;

    return {
      file() {
        pending = new Map();
      },
      AlterTableStmt(node, stmt, file) {
        if (node.objtype !== 'OBJECT_TABLE') return;
        const key = relationKey(node.relation);
        if (!key) return;
        const existing = catalog.isPreExisting(key, file);
        const name = displayName(key);
        const partitioned = catalog.relation(key)?.partitioned === true;
        const tx = transactionOf(stmt);

        for (const c of node.cmds ?? []) {
          if (!('AlterTableCmd' in c)) continue;
          const cmd = c.AlterTableCmd;
          const def = cmd.def;
          if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
            const con = def.Constraint;
            if (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK') continue;
            const kind = con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check';
            // NOT VALID (and PostgreSQL 18's NOT ENFORCED) skip the scan of existing rows.
            if (con.skip_validation) {
              const conname = con.conname ?? defaultName(node.relation?.relname ?? '', con);
              if (tx !== undefined && conname) pending.set(`${key}\0${conname}`, { stmt, kind, tx });
              continue;
            }
            if (!existing) continue;
            if (kind === 'foreign key') {
              const target = displayName(relationKey(con.pktable) ?? '?');
              context.report({
                stmt,
                node: con,
                message: `ADD FOREIGN KEY on existing table ${name} checks every existing row against ${target} while holding SHARE ROW EXCLUSIVE on both ${name} and ${target}: every INSERT, UPDATE and DELETE on the two tables waits until the scan ends`,
                help: partitioned
                  ? `${name} is partitioned (PostgreSQL before 18 rejects NOT VALID there): add the foreign key NOT VALID to each partition and VALIDATE it in a later migration; ADD it on ${name} last, which adopts the validated partition constraints without a scan.`
                  : HELP,
              });
            } else {
              context.report({
                stmt,
                node: con,
                message: `ADD CHECK on existing table ${name} checks every existing row while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the scan ends`,
                help: HELP,
              });
            }
          } else if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def && existing) {
            checkNewColumn(def.ColumnDef, stmt, name);
          } else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
            const added = pending.get(`${key}\0${cmd.name}`);
            if (!added || !existing || tx === undefined || added.tx !== tx) continue;
            const lock =
              added.kind === 'foreign key'
                ? `SHARE ROW EXCLUSIVE on ${name} and the referenced table (their writes wait)`
                : `ACCESS EXCLUSIVE on ${name} (all reads and writes wait)`;
            context.report({
              stmt,
              node: node.relation,
              message: `VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction as its ADD CONSTRAINT … NOT VALID (line ${lineOf(file, added.stmt)}), which still holds ${lock}: the validation scan runs under that lock, so NOT VALID gains nothing`,
              help: VALIDATE_HELP,
            });
          }
        }
      },
    };

    /**
     * Column constraints of ADD COLUMN. A CHECK is checked against every row. A REFERENCES on a
     * column without a default is accepted without a scan (every row holds NULL); with a default
     * (even DEFAULT NULL), or a generated or serial value, PostgreSQL checks every row.
     */
    function checkNewColumn(col: ColumnDef, stmt: SqlStatement, name: string): void {
      const constraints = (col.constraints ?? []).flatMap((n: Node) => ('Constraint' in n ? [n.Constraint] : []));
      const valued = hasValue(col, constraints);
      const column = col.colname ?? '?';
      for (const con of constraints) {
        if (con.contype === 'CONSTR_CHECK' && !con.skip_validation) {
          context.report({
            stmt,
            node: con,
            message: `ADD COLUMN ${column} … CHECK on existing table ${name} checks every existing row while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the scan ends`,
            help: `Add the column without the CHECK, then ADD CONSTRAINT … CHECK (…) NOT VALID, and VALIDATE CONSTRAINT in a later migration.`,
          });
        } else if (con.contype === 'CONSTR_FOREIGN' && !con.skip_validation && valued) {
          const target = displayName(relationKey(con.pktable) ?? '?');
          context.report({
            stmt,
            node: con,
            message: `ADD COLUMN ${column} … REFERENCES ${target} with a value for existing rows checks every row of ${name} against ${target} while holding ACCESS EXCLUSIVE on ${name} (all reads and writes wait) and SHARE ROW EXCLUSIVE on ${target} (its writes wait)`,
            help: `Add the column without REFERENCES, then ADD CONSTRAINT … FOREIGN KEY (${column}) REFERENCES ${target} NOT VALID, and VALIDATE CONSTRAINT in a later migration.`,
          });
        }
      }
    }
  },
});

const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** Does ADD COLUMN give existing rows a value (so that a REFERENCES on it must be checked)? */
function hasValue(col: ColumnDef, constraints: Constraint[]): boolean {
  if (col.raw_default) return true;
  if (constraints.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_GENERATED' || c.contype === 'CONSTR_IDENTITY')) {
    return true;
  }
  const names = col.typeName?.names ?? [];
  const last = names[names.length - 1];
  return names.length === 1 && last !== undefined && 'String' in last && SERIAL.has(last.String.sval ?? '');
}

/**
 * The name PostgreSQL gives an unnamed constraint (before any clash suffix): <table>_<cols>_fkey
 * for a foreign key; <table>_<col>_check for a CHECK on one column, else <table>_check.
 */
function defaultName(table: string, con: Constraint): string | undefined {
  if (!table) return undefined;
  if (con.contype === 'CONSTR_FOREIGN') {
    const cols = (con.fk_attrs ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
    if (cols.length === 0 || cols.some((c) => !c)) return undefined;
    return `${table}_${cols.join('_')}_fkey`;
  }
  const cols = new Set<string>();
  for (const ref of findAll(con.raw_expr, 'ColumnRef')) {
    const fields = ref.fields ?? [];
    const last = fields[fields.length - 1];
    if (last && 'String' in last && last.String.sval) cols.add(last.String.sval);
  }
  return cols.size === 1 ? `${table}_${[...cols][0]}_check` : `${table}_check`;
}
